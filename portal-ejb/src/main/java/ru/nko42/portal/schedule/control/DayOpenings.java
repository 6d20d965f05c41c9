package ru.nko42.portal.schedule.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.OpenInterval;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/**
 * The openings of a schedule that begin on one local date: the hours of the date's exceptions if any covers it,
 * else those of the weekly rules that apply on it; overlapping or touching ones joined, in order.
 */
final class DayOpenings {

    private final Schedule schedule;

    DayOpenings(Schedule schedule) {
        this.schedule = schedule;
    }

    /** The openings beginning on {@code date}, in order, none overlapping or touching another. */
    List<OpenInterval> startingOn(LocalDate date) {
        List<OpenInterval> openings = new ArrayList<>();
        for (TimeRange hours : hoursOn(date)) {
            interval(date, hours, schedule.zone()).ifPresent(openings::add);
        }
        return joined(openings);
    }

    /** The exception that governs {@code date}: the first covering it with hours, else the first covering it. */
    Optional<DateException> exceptionOn(LocalDate date) {
        List<DateException> covering = covering(date);
        return covering.stream()
                .filter(exception -> !exception.closed())
                .findFirst()
                .or(() -> covering.stream().findFirst());
    }

    private List<TimeRange> hoursOn(LocalDate date) {
        List<DateException> covering = covering(date);
        if (!covering.isEmpty()) {
            return covering.stream()
                    .flatMap(exception -> exception.hours().stream())
                    .toList();
        }
        return schedule.weekly().stream()
                .filter(rule -> rule.appliesOn(date))
                .map(WeeklyRule::hours)
                .toList();
    }

    private List<DateException> covering(LocalDate date) {
        return schedule.exceptions().stream()
                .filter(exception -> exception.covers(date))
                .toList();
    }

    /**
     * The interval of {@code hours} opening on {@code date}; none when a daylight-saving gap swallows it. Local times
     * in a gap move forward and those in an overlap take the earlier offset, as {@code atZone} does.
     */
    private static Optional<OpenInterval> interval(LocalDate date, TimeRange hours, ZoneId zone) {
        var opens = hours.opensOn(date).atZone(zone);
        var closes = hours.closesAfterOpeningOn(date).atZone(zone);
        return closes.isAfter(opens) ? Optional.of(new OpenInterval(opens, closes)) : Optional.empty();
    }

    /** {@code intervals} in order of opening, with those overlapping or touching joined into one. */
    static List<OpenInterval> joined(List<OpenInterval> intervals) {
        List<OpenInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(interval -> interval.opens().toInstant()));
        List<OpenInterval> joined = new ArrayList<>();
        for (OpenInterval interval : sorted) {
            int last = joined.size() - 1;
            if (last >= 0 && interval.opensBeforeEndOf(joined.get(last))) {
                joined.set(last, joined.get(last).extendedBy(interval));
            } else {
                joined.add(interval);
            }
        }
        return joined;
    }
}
