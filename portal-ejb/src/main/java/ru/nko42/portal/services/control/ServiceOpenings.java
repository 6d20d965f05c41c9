package ru.nko42.portal.services.control;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.control.HsdsScheduleJson;
import ru.nko42.portal.schedule.control.HsdsSchedules;
import ru.nko42.portal.schedule.control.OpeningHours;

/**
 * The hours a service can be reached in: its own schedule (by phone, at home) and each of its places'. A service is
 * open when any of them is; schedules that give no hours are left out, so a service without any is never open.
 */
public final class ServiceOpenings {

    private static final Logger LOG = Logger.getLogger(ServiceOpenings.class.getName());

    private ServiceOpenings() {}

    /** The compiled schedules of a revision that give hours, in Kuzbass time. */
    public static List<OpeningHours> of(ServiceRevision revision) {
        List<OpeningHours> hours = new ArrayList<>();
        Stream.concat(
                        Stream.of(revision.getDetails().getScheduleJson()),
                        revision.getLocations().stream().map(ServiceLocation::getScheduleJson))
                .map(json -> compile(json, revision))
                .filter(opening -> opening != null && opening.givesHours())
                .forEach(hours::add);
        return List.copyOf(hours);
    }

    private static OpeningHours compile(String json, ServiceRevision revision) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            Schedule schedule =
                    HsdsSchedules.fromHsds(HsdsScheduleJson.read(json)).schedule();
            return OpeningHours.of(schedule);
        } catch (RuntimeException unreadable) {
            LOG.log(
                    Level.WARNING,
                    "a schedule of service revision " + revision.getId() + " cannot be read",
                    unreadable);
            return null;
        }
    }
}
