package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.RevisionState;

/** One revision of a profile in its history: who wrote it, when it went to moderation, how it was decided and why. */
public record RevisionSummary(
        long id,
        int number,
        RevisionState state,
        String authorName,
        Instant updatedAt,
        Instant submittedAt,
        Instant decidedAt,
        String decidedByName,
        String reason)
        implements Serializable {

    public static RevisionSummary of(OrganizationRevision revision) {
        return new RevisionSummary(
                revision.getId(),
                revision.getNumber(),
                revision.getState(),
                revision.getLastEditor() == null
                        ? revision.getAuthor().getDisplayName()
                        : revision.getLastEditor().getDisplayName(),
                revision.getUpdatedAt(),
                revision.getSubmittedAt(),
                revision.getDecidedAt(),
                revision.getDecidedBy() == null ? null : revision.getDecidedBy().getDisplayName(),
                revision.getDecisionReason());
    }
}
