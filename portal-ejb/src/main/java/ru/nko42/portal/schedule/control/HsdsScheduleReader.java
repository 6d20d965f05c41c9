package ru.nko42.portal.schedule.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.DateRange;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;
import ru.nko42.portal.schedule.control.HsdsValues.MovedTime;
import ru.nko42.portal.schedule.control.HsdsValues.TimeOfDay;

/** Reads HSDS schedule objects into a schedule, as {@link HsdsSchedules} describes; one reader per list. */
final class HsdsScheduleReader {

    private static final String WEEKLY = "WEEKLY";
    private static final String MONDAY = "MO";
    /** How far {@code count} occurrences are looked for at most, in days. */
    private static final int COUNT_SEARCH_DAYS = 10 * 366;

    private final ZoneId zone;
    private final ZoneOffset offset;
    private final List<WeeklyRule> weekly = new ArrayList<>();
    private final Map<ExceptionKey, List<TimeRange>> exceptions = new LinkedHashMap<>();
    private final Set<String> descriptions = new LinkedHashSet<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Set<String> attendingTypes = new LinkedHashSet<>();
    private final Set<String> links = new LinkedHashSet<>();
    private final List<HsdsSchedule> unsupported = new ArrayList<>();

    private HsdsScheduleReader(ZoneId zone) {
        this.zone = zone;
        this.offset = HsdsValues.offsetOf(zone);
    }

    private record ExceptionKey(DateRange dates, String description) {}

    private enum RowKind {
        WEEKLY,
        EXCEPTION,
        TEXT,
        UNSUPPORTED
    }

    static HsdsImport read(List<HsdsSchedule> rows) {
        HsdsScheduleReader reader = new HsdsScheduleReader(zoneOf(rows));
        rows.forEach(reader::add);
        return reader.result();
    }

    /**
     * The zone of the first valid {@code timezone} given: Kuzbass if it has Kuzbass's offset or none is given.
     */
    private static ZoneId zoneOf(List<HsdsSchedule> rows) {
        Optional<ZoneOffset> first = rows.stream()
                .map(HsdsSchedule::timezone)
                .filter(Objects::nonNull)
                .flatMap(hours -> validOffset(hours).stream())
                .findFirst();
        return first.isEmpty() || first.get().equals(HsdsValues.offsetOf(Schedule.KUZBASS))
                ? Schedule.KUZBASS
                : first.get();
    }

    private static Optional<ZoneOffset> validOffset(BigDecimal hours) {
        try {
            return Optional.of(HsdsValues.offset(hours));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private void add(HsdsSchedule row) {
        try {
            switch (kindOf(row)) {
                case WEEKLY -> {
                    weekly.add(weeklyRule(row));
                    addTexts(row);
                }
                case EXCEPTION -> addException(row);
                case TEXT -> addTexts(row);
                case UNSUPPORTED -> throw new UnsupportedScheduleException("Neither weekly nor for dates");
            }
        } catch (UnsupportedScheduleException | DateTimeException | IllegalArgumentException | ArithmeticException e) {
            unsupported.add(row);
            addTexts(row);
        }
    }

    private static RowKind kindOf(HsdsSchedule row) {
        if (!HsdsValues.blank(row.freq())) {
            return WEEKLY.equals(row.freq().strip().toUpperCase(Locale.ROOT)) ? RowKind.WEEKLY : RowKind.UNSUPPORTED;
        }
        if (!HsdsValues.blank(row.byday())) {
            return RowKind.WEEKLY;
        }
        if (hasRecurrenceParts(row)) {
            return RowKind.UNSUPPORTED;
        }
        if (Stream.of(row.validFrom(), row.validTo(), row.dtstart(), row.until())
                .anyMatch(value -> !HsdsValues.blank(value))) {
            return RowKind.EXCEPTION;
        }
        return HsdsValues.blank(row.opensAt()) && HsdsValues.blank(row.closesAt()) ? RowKind.TEXT : RowKind.UNSUPPORTED;
    }

    private static boolean hasRecurrenceParts(HsdsSchedule row) {
        return !HsdsValues.blank(row.byweekno())
                || !HsdsValues.blank(row.bymonthday())
                || !HsdsValues.blank(row.byyearday())
                || row.count() != null;
    }

    private WeeklyRule weeklyRule(HsdsSchedule row) {
        if (!HsdsValues.blank(row.byweekno())
                || !HsdsValues.blank(row.bymonthday())
                || !HsdsValues.blank(row.byyearday())) {
            throw new UnsupportedScheduleException("Weeks, days of the month or of the year");
        }
        LocalDate dtstart = HsdsValues.date(row.dtstart());
        Set<DayOfWeek> days = daysOf(row, dtstart);
        int everyWeeks = row.interval() == null ? 1 : row.interval();
        if (everyWeeks < 1) {
            throw new UnsupportedScheduleException("Interval below 1");
        }
        if (everyWeeks > 1
                && (dtstart == null
                        || !(HsdsValues.blank(row.wkst())
                                || MONDAY.equalsIgnoreCase(row.wkst().strip())))) {
            throw new UnsupportedScheduleException("An interval needs dtstart, and weeks beginning on Monday");
        }
        MovedTime opens = movedTime(row.opensAt(), row);
        MovedTime closes = movedTime(row.closesAt(), row);
        LocalDate from = later(HsdsValues.date(row.validFrom()), everyWeeks == 1 ? dtstart : null);
        LocalDate to = earlier(HsdsValues.date(row.validTo()), HsdsValues.date(row.until()));
        WeeklyRule rule = new WeeklyRule(
                days, new TimeRange(opens.time(), closes.time()), new DateRange(from, to), everyWeeks, dtstart);
        if (row.count() != null) {
            rule = rule.validDuring(new DateRange(from, earlier(to, lastOccurrence(rule, dtstart, row.count()))));
        }
        return moved(rule, opens.days());
    }

    private static Set<DayOfWeek> daysOf(HsdsSchedule row, LocalDate dtstart) {
        if (!HsdsValues.blank(row.byday())) {
            return HsdsValues.days(row.byday());
        }
        if (dtstart == null) {
            throw new UnsupportedScheduleException("Weekly without days and without dtstart");
        }
        return EnumSet.of(dtstart.getDayOfWeek());
    }

    /**
     * The date of the {@code count}th day {@code rule} applies on from {@code dtstart} (RFC 5545 COUNT), or the
     * rule's last valid date if that comes first.
     */
    private static LocalDate lastOccurrence(WeeklyRule rule, LocalDate dtstart, int count) {
        if (dtstart == null || count < 1) {
            throw new UnsupportedScheduleException("A count needs dtstart and must be positive");
        }
        int found = 0;
        for (LocalDate date = dtstart; date.isBefore(dtstart.plusDays(COUNT_SEARCH_DAYS)); date = date.plusDays(1)) {
            if (rule.appliesOn(date) && ++found == count) {
                return date;
            }
        }
        if (rule.validity().to() == null) {
            throw new UnsupportedScheduleException("The count is not reached within ten years");
        }
        return rule.validity().to();
    }

    /** {@code rule} with its days and dates moved by {@code days} (its times came from another offset). */
    private static WeeklyRule moved(WeeklyRule rule, int days) {
        if (days == 0) {
            return rule;
        }
        Set<DayOfWeek> movedDays = rule.days().stream()
                .map(day -> day.plus(days))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        DateRange validity = new DateRange(
                plus(rule.validity().from(), days), plus(rule.validity().to(), days));
        return new WeeklyRule(
                movedDays, rule.hours(), validity, rule.everyWeeks(), plus(rule.weeksCountedFrom(), days));
    }

    private void addException(HsdsSchedule row) {
        LocalDate from = first(
                HsdsValues.date(row.validFrom()),
                HsdsValues.date(row.dtstart()),
                HsdsValues.date(row.validTo()),
                HsdsValues.date(row.until()));
        LocalDate to = first(HsdsValues.date(row.validTo()), HsdsValues.date(row.until()), from);
        String description = joined(row.description(), row.notes());
        boolean withoutHours = HsdsValues.blank(row.opensAt()) && HsdsValues.blank(row.closesAt());
        if (withoutHours) {
            exceptions.computeIfAbsent(
                    new ExceptionKey(new DateRange(from, to), description), key -> new ArrayList<>());
        } else {
            MovedTime opens = movedTime(row.opensAt(), row);
            MovedTime closes = movedTime(row.closesAt(), row);
            DateRange dates = new DateRange(plus(from, opens.days()), plus(to, opens.days()));
            exceptions
                    .computeIfAbsent(new ExceptionKey(dates, description), key -> new ArrayList<>())
                    .add(new TimeRange(opens.time(), closes.time()));
        }
        addText(attendingTypes, row.attendingType());
        addText(links, row.scheduleLink());
    }

    /**
     * A time of {@code row} as a local time of the schedule's zone: given in its own offset if it has one, else in
     * the row's {@code timezone}, else in the schedule's zone.
     */
    private MovedTime movedTime(String value, HsdsSchedule row) {
        if (HsdsValues.blank(value)) {
            throw new UnsupportedScheduleException("Opening or closing time missing");
        }
        TimeOfDay time = HsdsValues.time(value);
        ZoneOffset given = time.offset() != null
                ? time.offset()
                : row.timezone() != null ? HsdsValues.offset(row.timezone()) : offset;
        return HsdsValues.moved(time.time(), given, offset);
    }

    private void addTexts(HsdsSchedule row) {
        addText(descriptions, row.description());
        addText(notes, row.notes());
        addText(attendingTypes, row.attendingType());
        addText(links, row.scheduleLink());
    }

    private static void addText(Set<String> texts, String value) {
        if (!HsdsValues.blank(value)) {
            texts.add(value.strip());
        }
    }

    private HsdsImport result() {
        List<DateException> dateExceptions = new ArrayList<>();
        exceptions.forEach(
                (key, hours) -> dateExceptions.add(new DateException(key.dates(), hours, key.description())));
        Schedule schedule = new Schedule(
                weekly,
                dateExceptions,
                zone,
                String.join("\n", descriptions),
                String.join("\n", notes),
                String.join("\n", attendingTypes),
                String.join("\n", links));
        return new HsdsImport(schedule, unsupported);
    }

    private static String joined(String one, String other) {
        return Stream.of(one, other)
                .filter(value -> !HsdsValues.blank(value))
                .map(String::strip)
                .collect(Collectors.joining("\n"));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }

    private static LocalDate earlier(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isBefore(other) ? one : other;
    }

    private static LocalDate plus(LocalDate date, int days) {
        return date == null ? null : date.plusDays(days);
    }
}
