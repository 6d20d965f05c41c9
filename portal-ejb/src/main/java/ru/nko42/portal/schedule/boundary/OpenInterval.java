package ru.nko42.portal.schedule.boundary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One stretch of time during which a service is open, from {@code opens} (included) to {@code closes} (excluded),
 * both in the schedule's zone.
 */
public record OpenInterval(ZonedDateTime opens, ZonedDateTime closes) {

    public OpenInterval {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("An interval must close after it opens: " + opens + " " + closes);
        }
    }

    /** Whether {@code instant} is in the interval: at the opening time it is, at the closing time no longer. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(opens.toInstant()) && instant.isBefore(closes.toInstant());
    }

    /** Whether the interval closes on a later date than it opens (overnight, 24 hours). */
    public boolean closesOnLaterDate() {
        return closes.toLocalDate().isAfter(opens.toLocalDate());
    }

    /** Whether the interval begins at or before {@code other}'s end, so that both make one stretch of time. */
    public boolean opensBeforeEndOf(OpenInterval other) {
        return !opens.isAfter(other.closes);
    }

    /** This interval lasting until {@code other}'s end if that is later. */
    public OpenInterval extendedBy(OpenInterval other) {
        return other.closes.isAfter(closes) ? new OpenInterval(opens, other.closes) : this;
    }
}
