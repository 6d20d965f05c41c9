package ru.nko42.portal.schedule.boundary;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Whether a service is open at a moment, for the web layer to put into words from its bundles: "open now until
 * 18:00", "closed, opens tomorrow at 09:00", "closed today (holiday)".
 *
 * @param kind what to say
 * @param now the moment asked about, in the schedule's zone
 * @param time the closing time for {@link Kind#OPEN_UNTIL}, the next opening for {@link Kind#CLOSED_OPENS_AT},
 *     else null
 * @param day on which day {@code time} falls, counted from {@code now}'s date; null without a time
 * @param todaysException the exception that replaced the weekly rules on {@code now}'s date (a holiday, a
 *     shortened day), chosen as in {@link DayHours}, else null
 */
public record OpeningStatus(
        Kind kind, ZonedDateTime now, ZonedDateTime time, RelativeDay day, DateException todaysException) {

    /** What the status says. */
    public enum Kind {
        /** The schedule gives no hours; show its description instead. Not the same as closed. */
        NO_HOURS,
        /** Open now, closing at {@code time}. */
        OPEN_UNTIL,
        /** Open now and not closing within the look-ahead (around the clock). */
        OPEN_NONSTOP,
        /** Closed now, opening at {@code time}. */
        CLOSED_OPENS_AT,
        /** Closed now and not opening within the look-ahead (the season is over, closed until further notice). */
        CLOSED
    }

    /** The day of a time relative to today, so that the page can say "today", "tomorrow", a weekday or a date. */
    public enum RelativeDay {
        TODAY,
        TOMORROW,
        /** In two to six days: say the weekday. */
        WITHIN_A_WEEK,
        /** Seven days or more away: say the date. */
        LATER;

        /** The day of {@code time} seen from {@code now}, by their local dates. */
        public static RelativeDay of(ZonedDateTime now, ZonedDateTime time) {
            long days = ChronoUnit.DAYS.between(now.toLocalDate(), time.toLocalDate());
            if (days <= 0) {
                return TODAY;
            }
            if (days == 1) {
                return TOMORROW;
            }
            return days < 7 ? WITHIN_A_WEEK : LATER;
        }
    }

    /** A status with a time ({@link Kind#OPEN_UNTIL}, {@link Kind#CLOSED_OPENS_AT}). */
    public static OpeningStatus at(Kind kind, ZonedDateTime now, ZonedDateTime time, DateException todaysException) {
        return new OpeningStatus(kind, now, time, RelativeDay.of(now, time), todaysException);
    }

    /** A status without a time. */
    public static OpeningStatus without(Kind kind, ZonedDateTime now, DateException todaysException) {
        return new OpeningStatus(kind, now, null, null, todaysException);
    }

    public boolean open() {
        return kind == Kind.OPEN_UNTIL || kind == Kind.OPEN_NONSTOP;
    }

    /** Whether today is closed all day by an exception (a holiday). */
    public boolean closedTodayByException() {
        return todaysException != null && todaysException.closed();
    }
}
