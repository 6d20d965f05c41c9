package ru.nko42.portal.schedule.boundary;

import java.time.LocalDate;

/**
 * Dates from {@code from} to {@code to}, both included; a missing end is open (HSDS {@code valid_from} and
 * {@code valid_to}). {@link #ALWAYS} has neither.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** Every date. */
    public static final DateRange ALWAYS = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends before it begins: " + from + " to " + to);
        }
    }

    /** Just {@code date}. */
    public static DateRange on(LocalDate date) {
        return new DateRange(date, date);
    }

    /** From {@code from} to {@code to}, both included; either may be null for an open end. */
    public static DateRange between(LocalDate from, LocalDate to) {
        return new DateRange(from, to);
    }

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether both ends are given. */
    public boolean bounded() {
        return from != null && to != null;
    }
}
