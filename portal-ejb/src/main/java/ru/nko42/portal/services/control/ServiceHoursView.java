package ru.nko42.portal.services.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.nko42.portal.schedule.boundary.DayHours;
import ru.nko42.portal.schedule.boundary.OpeningStatus;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.control.OpeningHours;
import ru.nko42.portal.services.boundary.ServiceHours;

/**
 * The hours of a stored schedule as a page shows them at a moment, in the schedule's zone (Kuzbass) whatever the
 * server's: open or closed now, and whether a closed moment is a break, that is, it was open earlier today and
 * opens again today.
 */
public final class ServiceHoursView {

    private ServiceHoursView() {}

    public static ServiceHours of(String scheduleJson, Clock clock) {
        Schedule schedule = ScheduleForms.read(scheduleJson);
        if (!schedule.givesHours()) {
            return schedule.description() == null
                    ? ServiceHours.UNKNOWN
                    : new ServiceHours(false, null, false, null, List.of(), schedule.description());
        }
        OpeningHours hours = OpeningHours.of(schedule);
        Instant now = clock.instant();
        OpeningStatus status = hours.status(now);
        LocalDate today = hours.dateAt(now);
        DayHours todays = hours.hoursOn(today);
        boolean onBreak = status.kind() == OpeningStatus.Kind.CLOSED_OPENS_AT
                && status.day() == OpeningStatus.RelativeDay.TODAY
                && todays.openings().stream()
                        .anyMatch(opening -> !opening.closes().isAfter(status.now()));
        return new ServiceHours(true, status, onBreak, todays, hours.week(today), schedule.description());
    }
}
