package ru.nko42.portal.schedule.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a weekly timetable: open on {@code days} during {@code hours}, on the dates of {@code validity}
 * (a season, e.g. a summer camp from June to August; {@link DateRange#ALWAYS} for all year). Several rules for the
 * same day make a break: 09:00–13:00 and 14:00–18:00 on weekdays is two rules.
 *
 * <p>{@code everyWeeks} greater than 1 repeats the rule only every so many weeks (2 is every other week), counted in
 * weeks beginning on Monday from the week of {@code weeksCountedFrom}, before which the rule does not apply
 * (HSDS {@code interval} and {@code dtstart}). For every week {@code everyWeeks} is 1 and {@code weeksCountedFrom}
 * null.
 */
public record WeeklyRule(
        Set<DayOfWeek> days, TimeRange hours, DateRange validity, int everyWeeks, LocalDate weeksCountedFrom) {

    public WeeklyRule {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A weekly rule needs at least one day");
        }
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        Objects.requireNonNull(hours, "hours");
        validity = validity == null ? DateRange.ALWAYS : validity;
        if (everyWeeks < 1) {
            throw new IllegalArgumentException("everyWeeks must be at least 1: " + everyWeeks);
        }
        if (everyWeeks > 1 && weeksCountedFrom == null) {
            throw new IllegalArgumentException("A rule every " + everyWeeks + " weeks needs the date to count from");
        }
        if (everyWeeks == 1) {
            weeksCountedFrom = null;
        }
    }

    /** Every week on {@code days}, all year. */
    public static WeeklyRule on(Set<DayOfWeek> days, TimeRange hours) {
        return new WeeklyRule(days, hours, DateRange.ALWAYS, 1, null);
    }

    /** Every week on the given days, all year: {@code WeeklyRule.on(TimeRange.of("09:00", "13:00"), MONDAY, FRIDAY)}. */
    public static WeeklyRule on(TimeRange hours, DayOfWeek first, DayOfWeek... others) {
        return on(EnumSet.of(first, others), hours);
    }

    /** Monday to Friday, all year. */
    public static WeeklyRule weekdays(TimeRange hours) {
        return on(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), hours);
    }

    /** Every day of the week, all year. */
    public static WeeklyRule daily(TimeRange hours) {
        return on(EnumSet.allOf(DayOfWeek.class), hours);
    }

    /** This rule, only on the dates of {@code season}. */
    public WeeklyRule validDuring(DateRange season) {
        return new WeeklyRule(days, hours, season, everyWeeks, weeksCountedFrom);
    }

    /** This rule, only every {@code weeks} weeks counted from the week of {@code countedFrom}. */
    public WeeklyRule every(int weeks, LocalDate countedFrom) {
        return new WeeklyRule(days, hours, validity, weeks, countedFrom);
    }

    /** Whether an opening of this rule starts on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && validity.contains(date) && inRepeatedWeek(date);
    }

    private boolean inRepeatedWeek(LocalDate date) {
        if (everyWeeks == 1) {
            return true;
        }
        if (date.isBefore(weeksCountedFrom)) {
            return false;
        }
        long weeks = ChronoUnit.WEEKS.between(monday(weeksCountedFrom), monday(date));
        return weeks % everyWeeks == 0;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
