package ru.nko42.portal.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.DecidedWeek;

class WeeklyDecisionsTest {

    private static final Instant MONDAY_NOON = Instant.parse("2026-03-02T05:00:00Z");

    @Test
    void decisionsAreCountedByTheirWeekAndKindWithTheMedianWaitOfEachWeek() {
        WeeklyDecisions decisions = new WeeklyDecisions(new StatsWeeks(LocalDate.of(2026, 3, 2), 3));
        decide(decisions, 0, 2, Decision.APPROVED);
        decide(decisions, 0, 6, Decision.REJECTED);
        decide(decisions, 0, 4, Decision.APPROVED);
        decide(decisions, 2, 1, Decision.CHANGES_REQUESTED);
        decide(decisions, 2, 8, Decision.APPROVED);
        decide(decisions, 3, 100, Decision.APPROVED);

        assertThat(decisions.weeks())
                .containsExactly(
                        new DecidedWeek(LocalDate.of(2026, 3, 2), 2, 1, 0, Duration.ofHours(4)),
                        new DecidedWeek(LocalDate.of(2026, 3, 9), 0, 0, 0, null),
                        new DecidedWeek(LocalDate.of(2026, 3, 16), 1, 0, 1, Duration.ofMinutes(270)));
        assertThat(decisions.count()).isEqualTo(5);
        assertThat(decisions.median()).isEqualTo(Duration.ofHours(4));
    }

    private static void decide(WeeklyDecisions decisions, int week, int waitedHours, Decision decision) {
        Instant decidedAt = MONDAY_NOON.plus(Duration.ofDays(7L * week));
        decisions.add(decidedAt.minus(Duration.ofHours(waitedHours)), decidedAt, decision);
    }
}
