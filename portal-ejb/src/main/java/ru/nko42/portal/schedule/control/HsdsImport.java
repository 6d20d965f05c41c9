package ru.nko42.portal.schedule.control;

import java.util.List;
import ru.nko42.portal.schedule.boundary.Schedule;

/**
 * What was read from HSDS schedule objects: the {@code schedule}, and the objects it could not express (monthly
 * rules, weeks of the year, hours without days, unreadable dates or times), whose descriptions and notes are in the
 * schedule's text so that a citizen still reads them.
 */
public record HsdsImport(Schedule schedule, List<HsdsSchedule> unsupported) {

    public HsdsImport {
        unsupported = List.copyOf(unsupported);
    }

    /** Whether every object was understood. */
    public boolean complete() {
        return unsupported.isEmpty();
    }
}
