package ru.nko42.portal.events.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Event times as mails write them: in Kuzbass time, in the reader's language. */
public final class KuzbassTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Novokuznetsk");

    private KuzbassTime() {}

    /** "12 декабря 2026, 10:00" or "12 December 2026, 10:00". */
    public static String format(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale)
                .withZone(ZONE)
                .format(instant);
    }

    /** The end's time alone on the start's day, else its whole date. */
    public static String range(Instant start, Instant end, Locale locale) {
        boolean sameDay =
                start.atZone(ZONE).toLocalDate().equals(end.atZone(ZONE).toLocalDate());
        String until = sameDay
                ? DateTimeFormatter.ofPattern("HH:mm", locale).withZone(ZONE).format(end)
                : format(end, locale);
        return format(start, locale) + " – " + until;
    }
}
