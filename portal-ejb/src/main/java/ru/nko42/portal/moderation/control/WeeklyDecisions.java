package ru.nko42.portal.moderation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.DecidedWeek;

/**
 * Decisions counted by the week they were taken in, and the time each item waited from submission to decision:
 * the median of each week and of all of them. Decisions outside the weeks are not counted.
 */
public final class WeeklyDecisions {

    private final StatsWeeks weeks;
    private final List<Map<Decision, Long>> counts = new ArrayList<>();
    private final List<List<Duration>> waits = new ArrayList<>();
    private final List<Duration> allWaits = new ArrayList<>();

    public WeeklyDecisions(StatsWeeks weeks) {
        this.weeks = weeks;
        weeks.indexes().forEach(week -> {
            counts.add(new EnumMap<>(Decision.class));
            waits.add(new ArrayList<>());
        });
    }

    public void add(Instant submittedAt, Instant decidedAt, Decision decision) {
        int week = weeks.weekOf(decidedAt);
        if (week < 0) {
            return;
        }
        counts.get(week).merge(decision, 1L, Long::sum);
        Duration wait = Duration.between(submittedAt, decidedAt);
        waits.get(week).add(wait);
        allWaits.add(wait);
    }

    /** Every week, the first first, also those without decisions. */
    public List<DecidedWeek> weeks() {
        return weeks.indexes()
                .mapToObj(week -> new DecidedWeek(
                        weeks.monday(week),
                        counts.get(week).getOrDefault(Decision.APPROVED, 0L),
                        counts.get(week).getOrDefault(Decision.REJECTED, 0L),
                        counts.get(week).getOrDefault(Decision.CHANGES_REQUESTED, 0L),
                        Median.of(waits.get(week))))
                .toList();
    }

    public long count() {
        return allWaits.size();
    }

    /** The median wait over all the weeks; null without decisions. */
    public Duration median() {
        return Median.of(allWaits);
    }
}
