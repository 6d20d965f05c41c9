package ru.nko42.portal.common.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The clock pages read "now" from (open now, today's hours): the system's, in UTC; times are put in Kuzbass time
 * where they are shown. Integration tests {@linkplain #set set} a fixed clock to check a moment such as the end of a
 * lunch break, and {@linkplain #reset reset} it after.
 */
@ApplicationScoped
public class PortalClock {

    private volatile Clock clock = Clock.systemUTC();

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public void set(Clock fixed) {
        this.clock = fixed == null ? Clock.systemUTC() : fixed;
    }

    public void reset() {
        this.clock = Clock.systemUTC();
    }
}
