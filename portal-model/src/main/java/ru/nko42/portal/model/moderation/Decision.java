package ru.nko42.portal.model.moderation;

/** What a moderator decided. A rejection and a request for changes always carry a reason the author reads. */
public enum Decision {
    APPROVED,
    REJECTED,
    CHANGES_REQUESTED;

    public boolean needsReason() {
        return this != APPROVED;
    }
}
