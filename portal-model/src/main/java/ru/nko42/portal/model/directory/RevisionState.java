package ru.nko42.portal.model.directory;

/**
 * Where one revision of a profile stands: written, waiting for a moderator, public, sent back with a reason, or
 * replaced by a later published revision. Every revision is kept.
 */
public enum RevisionState {
    DRAFT,
    PENDING,
    PUBLISHED,
    REJECTED,
    SUPERSEDED;

    /** Whether the representatives may still change this revision. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
