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

    /**
     * Whether a save changes this revision itself. Any other is kept as it is: a save after it starts the next
     * revision (a pending one is first taken back to draft).
     */
    public boolean editable() {
        return this == DRAFT;
    }
}
