package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How the search index stands, for the administrators' page.
 *
 * @param documents the services searches see
 * @param marker what the index says it is up to (see {@code ListingReader#marker()})
 * @param rebuilding whether a rebuild (or the load at start) is running
 * @param done the services read so far by the running rebuild
 * @param total the services the running rebuild reads in all
 * @param lastRebuildAt when the last rebuild finished, or {@code null}
 * @param lastRebuildTook how long it took, or {@code null}
 * @param lastRebuildCount how many services it indexed
 */
public record IndexStatus(
        int documents,
        String marker,
        boolean rebuilding,
        int done,
        int total,
        Instant lastRebuildAt,
        Duration lastRebuildTook,
        int lastRebuildCount)
        implements Serializable {

    /** The running rebuild's progress in percent (0 before it counts, 100 when none runs). */
    public int percent() {
        if (!rebuilding) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, done * 100L / total);
    }
}
