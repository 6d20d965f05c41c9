package ru.nko42.portal.model.directory;

import ru.nko42.portal.model.moderation.Decision;

/**
 * Where one revision of a profile stands: written, waiting for a moderator, public, refused with a reason, sent
 * back for changes with the moderator's comments, or replaced by a later published revision. Every revision is kept.
 */
public enum RevisionState {
    DRAFT,
    PENDING,
    PUBLISHED,
    REJECTED,
    SUPERSEDED,
    CHANGES_REQUESTED;

    /**
     * Whether a save changes this revision itself (a draft, or one sent back for changes). Any other is kept as it
     * is: a save after it starts the next revision (a pending one is first taken back to draft).
     */
    public boolean editable() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Where a moderator's decision leaves a pending revision. */
    public static RevisionState after(Decision decision) {
        return switch (decision) {
            case APPROVED -> PUBLISHED;
            case REJECTED -> REJECTED;
            case CHANGES_REQUESTED -> CHANGES_REQUESTED;
        };
    }

    /** Whether a moderator sent it back to its representatives, with a reason they should read. */
    public boolean sentBack() {
        return this == REJECTED || this == CHANGES_REQUESTED;
    }
}
