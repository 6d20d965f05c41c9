package ru.nko42.portal.moderation.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The moderation dashboard's numbers within the caller's municipalities: the items decided in each of the last
 * weeks (the first first, the current one last), the median time from submission to decision over all of them
 * ({@code null} without decisions), and the items waiting now by municipality, most first.
 */
public record ModerationStats(
        List<DecidedWeek> weeks, long decided, Duration medianToDecision, List<OpenInMunicipality> open)
        implements Serializable {

    public ModerationStats {
        weeks = List.copyOf(weeks);
        open = List.copyOf(open);
    }

    /** How many items wait now, in all the caller's municipalities together. */
    public long openTotal() {
        return open.stream().mapToLong(OpenInMunicipality::open).sum();
    }

    public long approved() {
        return weeks.stream().mapToLong(DecidedWeek::approved).sum();
    }

    public long rejected() {
        return weeks.stream().mapToLong(DecidedWeek::rejected).sum();
    }

    public long changesRequested() {
        return weeks.stream().mapToLong(DecidedWeek::changesRequested).sum();
    }
}
