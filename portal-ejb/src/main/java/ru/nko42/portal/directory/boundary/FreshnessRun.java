package ru.nko42.portal.directory.boundary;

import java.io.Serializable;

/**
 * What one check of freshness did: how many organizations' representatives it asked to confirm their data, how many
 * mails that made, and how many organizations it flagged stale.
 */
public record FreshnessRun(int asked, int mails, int flaggedStale) implements Serializable {

    public static final FreshnessRun NOTHING = new FreshnessRun(0, 0, 0);

    FreshnessRun plusAsked(int mailed) {
        return new FreshnessRun(asked + 1, mails + mailed, flaggedStale);
    }

    FreshnessRun plusStale() {
        return new FreshnessRun(asked, mails, flaggedStale + 1);
    }
}
