package ru.nko42.portal.report.control;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.Setting;

/**
 * How many reports one address may send within {@link #WINDOW}: the setting {@value #SETTING}
 * ({@code PORTAL_REPORTS_PER_HOUR}), a whole number from 1, by default {@value #DEFAULT_PER_HOUR}. Read on every
 * report, so a change needs no restart.
 */
public final class ReportLimit {

    public static final String SETTING = "portal.reports.per.hour";
    public static final int DEFAULT_PER_HOUR = 5;
    public static final Duration WINDOW = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ReportLimit.class.getName());

    private ReportLimit() {}

    public static int perHour() {
        return parse(Setting.of(SETTING));
    }

    static int parse(Optional<String> setting) {
        if (setting.isEmpty()) {
            return DEFAULT_PER_HOUR;
        }
        try {
            int limit = Integer.parseInt(setting.get().strip());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // told below
        }
        LOG.warning(() -> SETTING + " is not a whole number from 1; the default " + DEFAULT_PER_HOUR + " applies");
        return DEFAULT_PER_HOUR;
    }
}
