package ru.nko42.portal.schedule.boundary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Hours for specific dates that replace the weekly rules on those dates: a holiday closed all day (no
 * {@code hours}), a shortened pre-holiday day with its own hours, an extra working Saturday. The {@code description}
 * is the member's own words ("День народного единства"), shown as given; it may be null.
 *
 * <p>An exception replaces what <em>opens</em> on its dates: an overnight opening that began the evening before
 * still ends as planned. Where several exceptions cover a date, their hours are combined, so "closed from 1 to 8
 * January" and "open 10:00–14:00 on 3 January" leave 3 January open 10:00–14:00.
 */
public record DateException(DateRange dates, List<TimeRange> hours, String description) {

    public DateException {
        Objects.requireNonNull(dates, "dates");
        if (!dates.bounded()) {
            throw new IllegalArgumentException("An exception needs its first and last date");
        }
        hours = hours == null ? List.of() : List.copyOf(hours);
        description = Schedule.text(description);
    }

    /** Closed all day on {@code date}. */
    public static DateException closedOn(LocalDate date, String description) {
        return new DateException(DateRange.on(date), List.of(), description);
    }

    /** Closed all day from {@code from} to {@code to}, both included. */
    public static DateException closedBetween(LocalDate from, LocalDate to, String description) {
        return new DateException(DateRange.between(from, to), List.of(), description);
    }

    /** Open only during {@code hours} on {@code date}. */
    public static DateException hoursOn(LocalDate date, String description, TimeRange... hours) {
        return new DateException(DateRange.on(date), Arrays.asList(hours), description);
    }

    /** Whether the exception closes its dates all day. */
    public boolean closed() {
        return hours.isEmpty();
    }

    public boolean covers(LocalDate date) {
        return dates.contains(date);
    }
}
