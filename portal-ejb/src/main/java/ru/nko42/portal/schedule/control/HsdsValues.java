package ru.nko42.portal.schedule.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads and writes the values of HSDS schedule fields: dates, times with or without an offset, days, zones. */
final class HsdsValues {

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final int SECONDS_PER_DAY = 24 * 60 * 60;
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private HsdsValues() {}

    /** A local time, with the UTC offset it was given in if any ({@code "09:00-05:00"}, {@code "02:00Z"}). */
    record TimeOfDay(LocalTime time, ZoneOffset offset) {}

    /** A local time moved into another offset, and by how many days that moved its date. */
    record MovedTime(LocalTime time, int days) {}

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An ISO date ({@code 2026-06-01}; a date-time keeps its date); null for blank. */
    static LocalDate date(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code HH:MM} or {@code HH:MM:SS}, optionally with {@code Z} or an offset; 24:00 is midnight. */
    static TimeOfDay time(String value) {
        Matcher matcher = TIME.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new UnsupportedScheduleException("Not a time: " + value);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        LocalTime time =
                hour == 24 && minute == 0 && second == 0 ? LocalTime.MIDNIGHT : LocalTime.of(hour, minute, second);
        String offset = matcher.group(4);
        return new TimeOfDay(time, offset == null ? null : ZoneOffset.of(offset));
    }

    /** {@code 09:00}, or {@code 09:00:30} when it has seconds. */
    static String text(LocalTime time) {
        return time.withNano(0).toString();
    }

    /** {@code time} given in {@code from} as a local time of {@code to}, and the days this moved its date. */
    static MovedTime moved(LocalTime time, ZoneOffset from, ZoneOffset to) {
        int seconds = time.toSecondOfDay() - from.getTotalSeconds() + to.getTotalSeconds();
        return new MovedTime(
                LocalTime.ofSecondOfDay(Math.floorMod(seconds, SECONDS_PER_DAY)),
                Math.floorDiv(seconds, SECONDS_PER_DAY));
    }

    /** Comma-separated two-letter days ({@code "MO,TU"}); an ordinal ({@code "2MO"}) is for monthly rules only. */
    static Set<DayOfWeek> days(String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : value.split(",")) {
            days.add(day(code.strip().toUpperCase(Locale.ROOT)));
        }
        return days;
    }

    static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new UnsupportedScheduleException("Not a day of the week: " + code);
    }

    static String text(Set<DayOfWeek> days) {
        return days.stream().sorted().map(HsdsValues::code).collect(Collectors.joining(","));
    }

    static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** The offset of an HSDS {@code timezone}, in hours from UTC (may be fractional: 5.5). */
    static ZoneOffset offset(BigDecimal hours) {
        return ZoneOffset.ofTotalSeconds(hours.multiply(SECONDS_PER_HOUR).intValueExact());
    }

    /** An offset as an HSDS {@code timezone}: hours from UTC, no needless decimals. */
    static BigDecimal hours(ZoneOffset offset) {
        BigDecimal hours = BigDecimal.valueOf(offset.getTotalSeconds())
                .divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    /** The offset of {@code zone} today (fixed for Kuzbass, which keeps UTC+7 all year). */
    static ZoneOffset offsetOf(ZoneId zone) {
        return zone instanceof ZoneOffset offset ? offset : zone.getRules().getOffset(Instant.now());
    }
}
