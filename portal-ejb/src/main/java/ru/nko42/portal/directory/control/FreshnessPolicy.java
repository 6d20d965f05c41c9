package ru.nko42.portal.directory.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.Setting;

/**
 * How long published data counts as fresh. Its people are asked to confirm it once it was last confirmed more than
 * {@code portal.freshness.months} (default {@value #DEFAULT_MONTHS}) calendar months ago, and it is shown as stale
 * when nobody confirms within {@code portal.freshness.grace.days} (default {@value #DEFAULT_GRACE_DAYS}) days of the
 * question. Nothing here is about organizations: service listings can keep their freshness by the same rule.
 */
public record FreshnessPolicy(int months, int graceDays) {

    public static final int DEFAULT_MONTHS = 12;
    public static final int DEFAULT_GRACE_DAYS = 30;

    /** Months are counted on the region's calendar. */
    public static final ZoneId REGION = ZoneId.of("Asia/Novokuznetsk");

    private static final Logger LOG = Logger.getLogger(FreshnessPolicy.class.getName());

    public FreshnessPolicy {
        if (months < 1 || graceDays < 1) {
            throw new IllegalArgumentException("months and grace days must be positive: " + months + ", " + graceDays);
        }
    }

    /** The installation's settings; a value that is not a positive number is reported and the default used. */
    public static FreshnessPolicy ofInstallation() {
        return of(property -> Setting.of(property).orElse(null));
    }

    static FreshnessPolicy of(Function<String, String> settings) {
        return new FreshnessPolicy(
                positive(settings, "portal.freshness.months", DEFAULT_MONTHS),
                positive(settings, "portal.freshness.grace.days", DEFAULT_GRACE_DAYS));
    }

    /** Data last confirmed before this is due for a question. */
    public Instant askIfVerifiedBefore(Instant now) {
        return now.atZone(REGION).minusMonths(months).toInstant();
    }

    /** Data asked about before this and still not confirmed is stale. */
    public Instant staleIfAskedBefore(Instant now) {
        return now.minus(Duration.ofDays(graceDays));
    }

    private static int positive(Function<String, String> settings, String property, int fallback) {
        String value = settings.apply(property);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> property + " is not a positive whole number; using " + fallback);
        return fallback;
    }
}
