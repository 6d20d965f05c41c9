package ru.nko42.portal.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: {@value #FIRST_SECONDS} s after the first failure, doubling up
 * to {@value #LONGEST_MINUTES} minutes, until the waits add up to two days; then it is given up. A mail server that
 * is down for an hour costs a mail a few attempts, never the mail.
 */
public final class BackOff {

    static final int FIRST_SECONDS = 15;
    static final int LONGEST_MINUTES = 10;
    static final Duration FIRST = Duration.ofSeconds(FIRST_SECONDS);
    static final Duration LONGEST = Duration.ofMinutes(LONGEST_MINUTES);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(2);

    private BackOff() {}

    /** The wait after the {@code failures}-th failed attempt in a row (1 for the first). */
    public static Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("No failure to wait after: " + failures);
        }
        Duration wait = FIRST;
        for (int i = 1; i < failures && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST) < 0 ? wait : LONGEST;
    }

    /** When to try again after {@code failures} failed attempts; empty once the waits so far cover two days. */
    public static Optional<Instant> nextAttempt(int failures, Instant now) {
        Duration waited = Duration.ZERO;
        for (int i = 1; i < failures && waited.compareTo(GIVE_UP_AFTER) < 0; i++) {
            waited = waited.plus(after(i));
        }
        return waited.compareTo(GIVE_UP_AFTER) < 0 ? Optional.of(now.plus(after(failures))) : Optional.empty();
    }
}
