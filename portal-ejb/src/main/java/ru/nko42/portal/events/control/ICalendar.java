package ru.nko42.portal.events.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * One event as an iCalendar file (RFC 5545): a VCALENDAR holding one VEVENT with its UID, DTSTAMP, DTSTART and DTEND
 * in UTC, SUMMARY and, when known, DESCRIPTION, LOCATION and URL. Text values are escaped (backslash, semicolon,
 * comma, line breaks), lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 */
public final class ICalendar {

    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ICalendar() {}

    /** What the file says about the event; {@code description}, {@code location} and {@code url} may be null. */
    public record Event(
            String uid,
            Instant stamp,
            Instant startsAt,
            Instant endsAt,
            String summary,
            String description,
            String location,
            String url) {}

    public static String write(Event event) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kuzbass NGO Resource Centre//Portal//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + event.uid());
        line(out, "DTSTAMP:" + time(event.stamp()));
        line(out, "DTSTART:" + time(event.startsAt()));
        line(out, "DTEND:" + time(event.endsAt()));
        line(out, "SUMMARY:" + text(event.summary()));
        if (event.description() != null && !event.description().isBlank()) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (event.url() != null && !event.url().isBlank()) {
            line(out, "URL:" + event.url().strip());
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    public static byte[] bytes(Event event) {
        return write(event).getBytes(StandardCharsets.UTF_8);
    }

    /** A moment as a UTC DATE-TIME, to the second. */
    static String time(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A TEXT value escaped: backslash, semicolon and comma get a backslash; a line break becomes \n. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets (the continuation starts with a space). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
