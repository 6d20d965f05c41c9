package ru.nko42.portal.services.control;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/**
 * The weekly hours of the demo services as their file writes them: groups separated by {@code ;}, each days then
 * times, {@code mo-fr 09:00-13:00 14:00-18:00; sa 10:00-14:00} (a break is two ranges; {@code daily 00:00-00:00} is
 * around the clock; {@code 20:00-08:00} goes past midnight). Days: {@code mo tu we th fr sa su}, a range of them
 * ({@code tu-su}), or {@code daily}. Blank: no hours.
 */
public final class DemoHours {

    private static final List<String> DAYS = List.of("mo", "tu", "we", "th", "fr", "sa", "su");

    private DemoHours() {}

    /** @throws IllegalArgumentException for what cannot be read */
    public static Schedule parse(String text) {
        if (text == null || text.isBlank()) {
            return Schedule.EMPTY;
        }
        List<WeeklyRule> rules = new ArrayList<>();
        for (String group : text.split(";")) {
            String[] parts = group.strip().split("\\s+");
            if (parts.length < 2) {
                throw new IllegalArgumentException("days and times expected: " + group);
            }
            Set<DayOfWeek> days = days(parts[0].toLowerCase(Locale.ROOT));
            for (int i = 1; i < parts.length; i++) {
                String[] times = parts[i].split("-");
                if (times.length != 2) {
                    throw new IllegalArgumentException("a time range expected: " + parts[i]);
                }
                rules.add(WeeklyRule.on(days, TimeRange.of(times[0], times[1])));
            }
        }
        return Schedule.weekly(rules.toArray(WeeklyRule[]::new));
    }

    private static Set<DayOfWeek> days(String text) {
        if (text.equals("daily")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        String[] range = text.split("-");
        int first = day(range[0]);
        int last = range.length == 2 ? day(range[1]) : first;
        if (range.length > 2 || last < first) {
            throw new IllegalArgumentException("days: " + text);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int day = first; day <= last; day++) {
            days.add(DayOfWeek.of(day + 1));
        }
        return days;
    }

    private static int day(String text) {
        int day = DAYS.indexOf(text);
        if (day < 0) {
            throw new IllegalArgumentException("a day expected: " + text);
        }
        return day;
    }
}
