package ru.nko42.portal.moderation.boundary;

/**
 * What the queue page asks for: one kind or all ({@code null}), one municipality by code or all, items waiting at
 * least {@code minimumAgeDays} days (0 for all), items whose title contains {@code text}, and the page (from 1).
 */
public record QueueFilter(String kind, String municipality, int minimumAgeDays, String text, int page) {

    public static final int PAGE_SIZE = 50;

    public QueueFilter {
        kind = blankToNull(kind);
        municipality = blankToNull(municipality);
        text = blankToNull(text);
        minimumAgeDays = Math.max(0, minimumAgeDays);
        page = Math.max(1, page);
    }

    public static QueueFilter everything() {
        return new QueueFilter(null, null, 0, null, 1);
    }

    /** Every item whose title contains {@code text}: how to find one item by its name. */
    public static QueueFilter titled(String text) {
        return new QueueFilter(null, null, 0, text, 1);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
