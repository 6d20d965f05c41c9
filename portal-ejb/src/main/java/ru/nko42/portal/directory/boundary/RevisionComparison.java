package ru.nko42.portal.directory.boundary;

import java.util.List;

/**
 * A revision beside the published one, field by field, for the moderator who decides it. {@code publishedNumber}
 * is null for a first publication (every field is then new). Values are display text in the reader's language.
 */
public record RevisionComparison(
        long organizationId,
        String slug,
        int pendingNumber,
        Integer publishedNumber,
        String pendingLogoKey,
        String publishedLogoKey,
        List<Field> fields) {

    /**
     * One field: the key of its label, its published and its pending value (text, the key of a message, or the key
     * of a stored logo, as {@code type} says), and whether they differ.
     */
    public record Field(String labelKey, ValueType type, String published, String pending, boolean changed) {}

    public enum ValueType {
        TEXT,
        MESSAGE_KEY,
        LOGO
    }

    public boolean firstPublication() {
        return publishedNumber == null;
    }

    public long changedCount() {
        return fields.stream().filter(Field::changed).count();
    }
}
