package ru.nko42.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresBlockTheAddressButNotOthers() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("a@example.org");
        }
        assertThat(throttle.blocked("a@example.org")).isFalse();

        throttle.failed("a@example.org");

        assertThat(throttle.blocked("a@example.org")).isTrue();
        assertThat(throttle.blocked("b@example.org")).isFalse();
    }

    @Test
    void theBlockEndsWhenTheFailuresLeaveTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("a@example.org");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.blocked("a@example.org")).isTrue();

        clock.advance(LoginThrottle.WINDOW.minusMinutes(4));

        assertThat(throttle.blocked("a@example.org")).isFalse();
    }

    @Test
    void aSuccessForgivesEarlierFailures() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("a@example.org");
        }
        throttle.succeeded("a@example.org");
        throttle.failed("a@example.org");

        assertThat(throttle.blocked("a@example.org")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T05:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
