package ru.nko42.portal.moderation.control;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/** The median of durations: the middle one of an odd count, the mean of the two middle ones of an even count. */
public final class Median {

    private Median() {}

    /** The median, or null for no durations at all. */
    public static Duration of(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
