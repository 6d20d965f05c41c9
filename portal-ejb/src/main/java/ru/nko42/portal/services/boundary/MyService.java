package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * A service of one's organization as My account lists it: its name and publication state, where its latest revision
 * stands (a draft, waiting, sent back with the moderator's reason), and when it was last verified.
 *
 * @param waiting whether an edit waits for a moderator
 * @param reason the moderator's words when the latest revision was sent back, else null
 */
public record MyService(
        long id,
        long organizationId,
        String name,
        PublicationState state,
        RevisionState latestState,
        boolean waiting,
        String reason,
        Instant lastVerifiedAt)
        implements Serializable {

    public boolean isPublic() {
        return state == PublicationState.PUBLISHED;
    }
}
