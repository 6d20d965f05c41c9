package ru.nko42.portal.services.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.DateRange;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;
import ru.nko42.portal.schedule.control.HsdsScheduleJson;
import ru.nko42.portal.schedule.control.HsdsSchedules;
import ru.nko42.portal.services.boundary.ExceptionRow;
import ru.nko42.portal.services.boundary.ScheduleForm;
import ru.nko42.portal.services.boundary.WeeklyHoursRow;

/**
 * Turns the editor's schedule (weekly rows with an optional break, one season, dated exceptions) into a
 * {@link Schedule} stored as HSDS JSON, and back. Impossible input is refused field by field, the fields named by
 * their path under the given prefix: a time that is not HH:MM, an unknown day, closing before opening (unless the
 * row says overnight), a break outside the hours, a season ending before it begins, an exception without a date.
 */
public final class ScheduleForms {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int MINUTES_A_DAY = 24 * 60;

    private ScheduleForms() {}

    /** The HSDS JSON of the form's schedule, null for an empty form; problems are added, not thrown. */
    public static String toJson(ScheduleForm form, String prefix, List<FieldProblem> problems) {
        if (form == null || form.isEmpty()) {
            return null;
        }
        int before = problems.size();
        Schedule schedule = toSchedule(form, prefix, problems);
        return problems.size() > before ? null : HsdsScheduleJson.write(HsdsSchedules.toHsds(schedule));
    }

    /** The schedule stored as HSDS JSON; none stored is no hours. */
    public static Schedule read(String json) {
        if (json == null || json.isBlank()) {
            return Schedule.EMPTY;
        }
        return HsdsSchedules.fromHsds(HsdsScheduleJson.read(json)).schedule();
    }

    /** The editor's shape of a stored schedule. */
    public static ScheduleForm fromJson(String json) {
        return fromSchedule(read(json));
    }

    static Schedule toSchedule(ScheduleForm form, String prefix, List<FieldProblem> problems) {
        DateRange season = season(form, prefix, problems);
        List<WeeklyRule> weekly = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            weekly.addAll(rules(form.getRows().get(i), prefix + ".rows[" + i + "]", season, problems));
        }
        List<DateException> exceptions = new ArrayList<>();
        for (int i = 0; i < form.getExceptions().size(); i++) {
            DateException exception =
                    exception(form.getExceptions().get(i), prefix + ".exceptions[" + i + "]", problems);
            if (exception != null) {
                exceptions.add(exception);
            }
        }
        return new Schedule(weekly, exceptions, Schedule.KUZBASS, TextCleaner.text(form.getNote()), null, null, null);
    }

    private static DateRange season(ScheduleForm form, String prefix, List<FieldProblem> problems) {
        if (form.getValidFrom() != null
                && form.getValidTo() != null
                && form.getValidTo().isBefore(form.getValidFrom())) {
            problems.add(FieldProblem.of(prefix + ".validTo", "service.error.schedule.season"));
            return DateRange.ALWAYS;
        }
        return new DateRange(form.getValidFrom(), form.getValidTo());
    }

    private static List<WeeklyRule> rules(
            WeeklyHoursRow row, String field, DateRange season, List<FieldProblem> problems) {
        int before = problems.size();
        Set<DayOfWeek> days = days(row.getDays(), field + ".days", problems);
        LocalTime opens = time(row.getOpens(), true, field + ".opens", problems);
        LocalTime closes = time(row.getCloses(), true, field + ".closes", problems);
        LocalTime breakFrom = time(row.getBreakFrom(), false, field + ".breakFrom", problems);
        LocalTime breakTo = time(row.getBreakTo(), false, field + ".breakTo", problems);
        if (problems.size() > before) {
            return List.of();
        }
        int open = minutes(opens);
        int close = minutes(closes);
        if (close <= open) {
            if (!row.isOvernight()) {
                problems.add(FieldProblem.of(field + ".closes", "service.error.schedule.closesBeforeOpens"));
                return List.of();
            }
            close += MINUTES_A_DAY;
        }
        if ((breakFrom == null) != (breakTo == null)) {
            problems.add(FieldProblem.of(field + ".breakFrom", "service.error.schedule.break.incomplete"));
            return List.of();
        }
        if (breakFrom == null) {
            return List.of(rule(days, new TimeRange(opens, closes), season));
        }
        int from = onTheDay(minutes(breakFrom), open);
        int to = onTheDay(minutes(breakTo), open);
        if (!(open < from && from < to && to < close)) {
            problems.add(FieldProblem.of(field + ".breakFrom", "service.error.schedule.break.outside"));
            return List.of();
        }
        // hours after a break that ends past midnight open on the next day
        Set<DayOfWeek> afterBreak = to >= MINUTES_A_DAY ? nextDays(days) : days;
        return List.of(
                rule(days, new TimeRange(opens, breakFrom), season),
                rule(afterBreak, new TimeRange(breakTo, closes), season));
    }

    private static Set<DayOfWeek> nextDays(Set<DayOfWeek> days) {
        Set<DayOfWeek> next = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(day -> next.add(day.plus(1)));
        return next;
    }

    /** Minutes since the opening day's midnight: a time before the opening falls on the next day (overnight). */
    private static int onTheDay(int minutes, int open) {
        return minutes <= open ? minutes + MINUTES_A_DAY : minutes;
    }

    private static WeeklyRule rule(Set<DayOfWeek> days, TimeRange hours, DateRange season) {
        return WeeklyRule.on(days, hours).validDuring(season);
    }

    private static DateException exception(ExceptionRow row, String field, List<FieldProblem> problems) {
        int before = problems.size();
        if (row.getDate() == null) {
            problems.add(FieldProblem.of(field + ".date", "service.error.schedule.date.required"));
        }
        String note = TextCleaner.text(row.getNote());
        if (note != null && note.length() > 200) {
            problems.add(FieldProblem.of(field + ".note", "service.error.tooLong"));
        }
        if (row.isClosed()) {
            return problems.size() > before ? null : DateException.closedOn(row.getDate(), note);
        }
        LocalTime opens = time(row.getOpens(), true, field + ".opens", problems);
        LocalTime closes = time(row.getCloses(), true, field + ".closes", problems);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.add(FieldProblem.of(field + ".closes", "service.error.schedule.closesBeforeOpens"));
        }
        return problems.size() > before
                ? null
                : DateException.hoursOn(row.getDate(), note, new TimeRange(opens, closes));
    }

    private static Set<DayOfWeek> days(List<String> names, String field, List<FieldProblem> problems) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            try {
                days.add(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                problems.add(FieldProblem.of(field, "service.error.schedule.day"));
                return days;
            }
        }
        if (days.isEmpty()) {
            problems.add(FieldProblem.of(field, "service.error.schedule.days.required"));
        }
        return days;
    }

    private static LocalTime time(String typed, boolean required, String field, List<FieldProblem> problems) {
        String text = TextCleaner.text(typed);
        if (text == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "service.error.schedule.time.required"));
            }
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text, TIME);
        } catch (DateTimeParseException malformed) {
            problems.add(FieldProblem.of(field, "service.error.schedule.time"));
            return null;
        }
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    /**
     * The editor's rows of a schedule: the rules with the same days and season make one row, two of them a row with
     * a break; the exceptions one row per date and opening.
     */
    static ScheduleForm fromSchedule(Schedule schedule) {
        ScheduleForm form = new ScheduleForm();
        form.setNote(schedule.description());
        Map<String, List<WeeklyRule>> byDays = new LinkedHashMap<>();
        for (WeeklyRule rule : schedule.weekly()) {
            byDays.computeIfAbsent(rule.days() + "|" + rule.validity(), key -> new ArrayList<>())
                    .add(rule);
            form.setValidFrom(rule.validity().from());
            form.setValidTo(rule.validity().to());
        }
        for (List<WeeklyRule> rules : byDays.values()) {
            List<String> days =
                    rules.get(0).days().stream().map(DayOfWeek::name).toList();
            // in the order written: the hours before the break, then those after it
            List<TimeRange> hours = rules.stream().map(WeeklyRule::hours).toList();
            if (hours.size() == 2 && !hours.get(0).endsNextDay()) {
                WeeklyHoursRow row = new WeeklyHoursRow(
                        days,
                        text(hours.get(0).opensAt()),
                        text(hours.get(1).closesAt()),
                        text(hours.get(0).closesAt()),
                        text(hours.get(1).opensAt()));
                row.setOvernight(hours.get(1).endsNextDay());
                form.getRows().add(row);
            } else {
                for (TimeRange range : hours) {
                    WeeklyHoursRow row =
                            new WeeklyHoursRow(days, text(range.opensAt()), text(range.closesAt()), null, null);
                    row.setOvernight(range.endsNextDay());
                    form.getRows().add(row);
                }
            }
        }
        for (DateException exception : schedule.exceptions()) {
            for (LocalDate date = exception.dates().from();
                    !date.isAfter(exception.dates().to());
                    date = date.plusDays(1)) {
                if (exception.closed()) {
                    form.getExceptions().add(new ExceptionRow(date, true, null, null, exception.description()));
                }
                for (TimeRange range : exception.hours()) {
                    form.getExceptions()
                            .add(new ExceptionRow(
                                    date,
                                    false,
                                    text(range.opensAt()),
                                    text(range.closesAt()),
                                    exception.description()));
                }
            }
        }
        return form;
    }

    private static String text(LocalTime time) {
        return time.format(TIME);
    }
}
