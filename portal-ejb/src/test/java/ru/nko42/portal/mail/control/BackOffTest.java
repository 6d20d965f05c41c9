package ru.nko42.portal.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackOffTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void theWaitDoublesFromFifteenSecondsUpToTenMinutes() {
        assertThat(BackOff.after(1)).hasSeconds(15);
        assertThat(BackOff.after(2)).hasSeconds(30);
        assertThat(BackOff.after(3)).hasSeconds(60);
        assertThat(BackOff.after(6)).hasSeconds(480);
        assertThat(BackOff.after(7)).hasMinutes(10);
        assertThat(BackOff.after(1000)).hasMinutes(10);
        assertThatThrownBy(() -> BackOff.after(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMailServerDownForAnHourCostsAttemptsButNotTheMail() {
        Instant now = START;
        Instant back = START.plus(Duration.ofHours(1));
        int failures = 0;
        while (now.isBefore(back)) {
            failures++;
            Optional<Instant> next = BackOff.nextAttempt(failures, now);
            assertThat(next).as("after %d failures", failures).isPresent();
            now = next.get();
        }

        assertThat(failures).isBetween(8, 15);
        assertThat(Duration.between(back, now)).isLessThanOrEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aMailIsGivenUpOnceItsAttemptsHaveCoveredTwoDays() {
        Instant now = START;
        int failures = 0;
        Optional<Instant> next;
        while ((next = BackOff.nextAttempt(++failures, now)).isPresent()) {
            now = next.get();
        }

        Duration tried = Duration.between(START, now);
        assertThat(tried).isGreaterThanOrEqualTo(Duration.ofDays(2));
        assertThat(tried).isLessThan(Duration.ofDays(2).plusMinutes(10));
    }
}
