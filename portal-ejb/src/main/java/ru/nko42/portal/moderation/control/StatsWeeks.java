package ru.nko42.portal.moderation.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.IntStream;

/**
 * A run of whole weeks, Monday to Sunday in Kuzbass time whatever the server's zone, ending with the week of
 * {@code now} (which has only begun).
 */
public record StatsWeeks(LocalDate firstMonday, int count) {

    public static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    /** The last {@code count} weeks up to {@code now}, this one included. */
    public static StatsWeeks ending(Instant now, int count) {
        LocalDate thisMonday =
                now.atZone(KUZBASS).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new StatsWeeks(thisMonday.minusWeeks(count - 1L), count);
    }

    /** The first moment of the first week. */
    public Instant start() {
        return firstMonday.atStartOfDay(KUZBASS).toInstant();
    }

    public LocalDate monday(int week) {
        return firstMonday.plusWeeks(week);
    }

    /** The index of the week {@code instant} falls in (0 the first), or -1 outside the weeks. */
    public int weekOf(Instant instant) {
        LocalDate day = instant.atZone(KUZBASS).toLocalDate();
        long week = Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, day), 7);
        return week >= 0 && week < count ? (int) week : -1;
    }

    public IntStream indexes() {
        return IntStream.range(0, count);
    }
}
