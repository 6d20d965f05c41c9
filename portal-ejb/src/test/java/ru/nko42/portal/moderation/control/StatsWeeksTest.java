package ru.nko42.portal.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatsWeeksTest {

    @Test
    void theWeeksEndWithTheCurrentOneAndBeginOnAMondayInKuzbass() {
        // Sunday 23:30 UTC is already Monday 06:30 in Kuzbass (UTC+7)
        StatsWeeks weeks = StatsWeeks.ending(Instant.parse("2026-03-15T23:30:00Z"), 3);

        assertThat(weeks.firstMonday()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(weeks.monday(2)).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(weeks.start()).isEqualTo(Instant.parse("2026-03-01T17:00:00Z"));
    }

    @Test
    void anInstantFallsInTheWeekOfItsKuzbassDay() {
        StatsWeeks weeks = new StatsWeeks(LocalDate.of(2026, 3, 2), 3);

        assertThat(weeks.weekOf(Instant.parse("2026-03-01T16:59:59Z"))).isEqualTo(-1);
        assertThat(weeks.weekOf(Instant.parse("2026-03-01T17:00:00Z"))).isZero();
        assertThat(weeks.weekOf(Instant.parse("2026-03-08T16:59:59Z"))).isZero();
        assertThat(weeks.weekOf(Instant.parse("2026-03-08T17:00:00Z"))).isEqualTo(1);
        assertThat(weeks.weekOf(Instant.parse("2026-03-22T16:59:59Z"))).isEqualTo(2);
        assertThat(weeks.weekOf(Instant.parse("2026-03-22T17:00:00Z"))).isEqualTo(-1);
    }
}
