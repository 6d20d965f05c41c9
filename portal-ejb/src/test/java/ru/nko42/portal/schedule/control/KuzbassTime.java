package ru.nko42.portal.schedule.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import ru.nko42.portal.schedule.boundary.Schedule;

/** Moments written as Kuzbass local times, for readable tests; never through the JVM's default zone. */
final class KuzbassTime {

    private KuzbassTime() {}

    /** {@code "2026-11-02T09:00"} in Kuzbass as an instant. */
    static Instant at(String localDateTime) {
        return zoned(localDateTime).toInstant();
    }

    /** {@code "2026-11-02T09:00"} in Kuzbass. */
    static ZonedDateTime zoned(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Schedule.KUZBASS);
    }
}
