package ru.nko42.portal.moderation.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The items decided in one week (Monday to Sunday, Kuzbass time), by decision, and the median time from their
 * submission to their decision ({@code null} in a week without decisions).
 */
public record DecidedWeek(
        LocalDate monday, long approved, long rejected, long changesRequested, Duration medianToDecision)
        implements Serializable {

    public long total() {
        return approved + rejected + changesRequested;
    }
}
