package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A submitted service revision beside the published one, as a moderator compares them, field by field: values are
 * display text in the reader's language; {@code published} is null before the first publication.
 */
public record ServiceComparison(
        long serviceId,
        long organizationId,
        String organizationName,
        int pendingNumber,
        Integer publishedNumber,
        List<Row> rows,
        boolean isPublic)
        implements Serializable {

    /** One field: the key of its label, its published and submitted values, and whether they differ. */
    public record Row(String labelKey, String published, String pending, boolean changed) implements Serializable {}

    public boolean hasPublished() {
        return publishedNumber != null;
    }

    public long changedCount() {
        return rows.stream().filter(Row::changed).count();
    }
}
