package ru.nko42.portal.moderation.boundary;

import java.time.Instant;
import java.util.Set;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ItemState;

/**
 * One queue item as its page shows it: what it is about ({@code kind} and {@code subjectId}, read by the kind's own
 * view), who works on it, and how it was decided, if it was.
 */
public record QueueItem(
        long id,
        String kind,
        long subjectId,
        Long organizationId,
        String title,
        String municipalityRu,
        String municipalityEn,
        ItemState state,
        Instant submittedAt,
        String claimedBy,
        Instant claimedUntil,
        boolean claimedByMe,
        Decision decision,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        Set<Decision> decisions) {

    public boolean open() {
        return state == ItemState.OPEN;
    }

    public boolean claimedByOther() {
        return claimedBy != null && !claimedByMe;
    }
}
