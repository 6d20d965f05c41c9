package ru.nko42.portal.schedule.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours of one opening, as a member enters them for a day: from {@code opensAt} to {@code closesAt}, local
 * times of the schedule's zone. A closing time earlier than or equal to the opening time means the opening ends on
 * the next day: 22:00–02:00 is an overnight opening, and equal times mean 24 hours (00:00–00:00 is the whole day,
 * 08:00–08:00 runs from 08:00 to 08:00 the next morning). There is no separate "24 hours" flag: {@link #ALL_DAY}
 * is 00:00–00:00.
 */
public record TimeRange(LocalTime opensAt, LocalTime closesAt) {

    /** Open the whole day, 00:00 to 00:00 of the next day. */
    public static final TimeRange ALL_DAY = new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public TimeRange {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
    }

    /** From ISO times such as {@code "09:00"} and {@code "18:00"}. */
    public static TimeRange of(String opensAt, String closesAt) {
        return new TimeRange(LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    /** Whether the opening ends on the day after it opens (overnight or 24 hours). */
    public boolean endsNextDay() {
        return !closesAt.isAfter(opensAt);
    }

    /** Whether the opening lasts 24 hours (equal opening and closing times). */
    public boolean twentyFourHours() {
        return opensAt.equals(closesAt);
    }

    /** When the opening that starts on {@code date} opens, in local time. */
    public LocalDateTime opensOn(LocalDate date) {
        return opensAt.atDate(date);
    }

    /** When the opening that starts on {@code date} closes, in local time (the next day if it ends then). */
    public LocalDateTime closesAfterOpeningOn(LocalDate date) {
        return closesAt.atDate(endsNextDay() ? date.plusDays(1) : date);
    }
}
