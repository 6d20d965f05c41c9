package ru.nko42.portal.schedule.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The hours of one local date, for a timetable: {@code openings} are the intervals open on that date in the order
 * they open, first the tail of an overnight opening that began the day before (it opens on the previous date), then
 * those opening on the date (their closing time may fall on the next date). {@code exception} is the date's
 * exception if one replaced the weekly rules (when several cover the date, the first with hours, else the first),
 * else null.
 */
public record DayHours(LocalDate date, List<OpenInterval> openings, DateException exception) {

    public DayHours {
        openings = List.copyOf(openings);
    }

    /** Whether nothing is open at any time of the date. */
    public boolean closedAllDay() {
        return openings.isEmpty();
    }

    /** Whether an exception replaced the weekly rules on this date. */
    public boolean exceptional() {
        return exception != null;
    }

    /** The openings that begin on this date (without the tail of the previous day's). */
    public List<OpenInterval> openingsStartingThisDay() {
        return openings.stream()
                .filter(opening -> opening.opens().toLocalDate().equals(date))
                .toList();
    }
}
