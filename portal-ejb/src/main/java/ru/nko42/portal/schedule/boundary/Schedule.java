package ru.nko42.portal.schedule.boundary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When a service or a location is open, as a member enters it and Open Referral HSDS 3.0 expresses it: weekly
 * rules (several per day for a break, each with an optional season), exceptions for dates (holidays, shortened
 * days, extra working days) that replace the weekly rules on their dates, and free text for what the rules cannot
 * say. All times are local times of {@code zone}: {@link #KUZBASS} (Asia/Novokuznetsk, UTC+7, no daylight saving)
 * unless an HSDS {@code timezone} said otherwise.
 *
 * <p>A schedule without weekly rules and without an exception that has hours {@linkplain #givesHours() gives no
 * hours}: the service's hours are unknown, which is not the same as closed.
 *
 * @param description what a citizen should know about the hours in the member's words (HSDS {@code description})
 * @param notes further remarks (HSDS {@code notes}), e.g. "the lunch break may move by half an hour"
 * @param attendingType how to attend (HSDS {@code attending_type}), e.g. "in person or by video call"
 * @param link a page with the sessions or bookings (HSDS {@code schedule_link})
 */
public record Schedule(
        List<WeeklyRule> weekly,
        List<DateException> exceptions,
        ZoneId zone,
        String description,
        String notes,
        String attendingType,
        String link) {

    /** Kuzbass time, in which members enter their hours. */
    public static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    /** No hours given. */
    public static final Schedule EMPTY = new Schedule(List.of(), List.of(), KUZBASS, null, null, null, null);

    public Schedule {
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        zone = zone == null ? KUZBASS : zone;
        description = text(description);
        notes = text(notes);
        attendingType = text(attendingType);
        link = text(link);
    }

    /** Weekly rules in Kuzbass time, without exceptions or text. */
    public static Schedule weekly(WeeklyRule... rules) {
        return new Schedule(Arrays.asList(rules), List.of(), KUZBASS, null, null, null, null);
    }

    /** This schedule with {@code more} exceptions after its own. */
    public Schedule withExceptions(DateException... more) {
        List<DateException> all = new ArrayList<>(exceptions);
        all.addAll(Arrays.asList(more));
        return new Schedule(weekly, all, zone, description, notes, attendingType, link);
    }

    public Schedule withDescription(String text) {
        return new Schedule(weekly, exceptions, zone, text, notes, attendingType, link);
    }

    public Schedule withNotes(String text) {
        return new Schedule(weekly, exceptions, zone, description, text, attendingType, link);
    }

    public Schedule withAttendingType(String text) {
        return new Schedule(weekly, exceptions, zone, description, notes, text, link);
    }

    public Schedule withLink(String url) {
        return new Schedule(weekly, exceptions, zone, description, notes, attendingType, url);
    }

    /** This schedule with its times read in {@code other} zone. */
    public Schedule inZone(ZoneId other) {
        return new Schedule(weekly, exceptions, other, description, notes, attendingType, link);
    }

    /** Whether any rule or exception gives hours; false means the hours are unknown, not that it is closed. */
    public boolean givesHours() {
        return !weekly.isEmpty() || exceptions.stream().anyMatch(exception -> !exception.closed());
    }

    /** Free text trimmed, blank as null. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
