package ru.nko42.portal.directory.boundary;

import java.util.List;

/**
 * A revision beside the one a moderator compares it with, field by field: the published revision, or, while nothing
 * is published, the last one rejected (so a resubmission shows what the member changed since). Values are display
 * text in the reader's language.
 */
public record RevisionComparison(
        long organizationId, String slug, int pendingNumber, Integer baseNumber, Base base, List<Field> fields) {

    /** What the revision is compared with. */
    public enum Base {
        NONE,
        PUBLISHED,
        REJECTED
    }

    /**
     * One field: the key of its label, its value in the compared revision and in the pending one (text, the key of
     * a message, or the key of a stored logo, as {@code type} says), and whether they differ.
     */
    public record Field(String labelKey, ValueType type, String base, String pending, boolean changed) {}

    public enum ValueType {
        TEXT,
        MESSAGE_KEY,
        LOGO
    }

    /** Whether approving it publishes the organization for the first time. */
    public boolean firstPublication() {
        return base != Base.PUBLISHED;
    }

    public boolean hasBase() {
        return base != Base.NONE;
    }

    public long changedCount() {
        return fields.stream().filter(Field::changed).count();
    }
}
