package ru.nko42.portal.schedule.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/** Writes a schedule as HSDS schedule objects, as {@link HsdsSchedules} describes. */
final class HsdsScheduleWriter {

    private static final String WEEKLY = "WEEKLY";
    private static final String MONDAY = "MO";

    private HsdsScheduleWriter() {}

    static List<HsdsSchedule> write(Schedule schedule) {
        BigDecimal timezone = HsdsValues.hours(HsdsValues.offsetOf(schedule.zone()));
        List<HsdsSchedule> rows = new ArrayList<>();
        for (WeeklyRule rule : schedule.weekly()) {
            HsdsSchedule.Builder row = weekly(rule).timezone(timezone);
            rows.add((rows.isEmpty() ? withTexts(row, schedule) : row).build());
        }
        if (rows.isEmpty() && hasTexts(schedule)) {
            rows.add(withTexts(HsdsSchedule.builder().timezone(timezone), schedule)
                    .build());
        }
        for (DateException exception : schedule.exceptions()) {
            rows.addAll(exception(exception, timezone));
        }
        return rows;
    }

    private static HsdsSchedule.Builder weekly(WeeklyRule rule) {
        HsdsSchedule.Builder row = HsdsSchedule.builder()
                .freq(WEEKLY)
                .interval(rule.everyWeeks())
                .byday(HsdsValues.text(rule.days()))
                .opensAt(HsdsValues.text(rule.hours().opensAt()))
                .closesAt(HsdsValues.text(rule.hours().closesAt()))
                .validFrom(HsdsValues.text(rule.validity().from()))
                .validTo(HsdsValues.text(rule.validity().to()));
        if (rule.everyWeeks() > 1) {
            row.dtstart(HsdsValues.text(rule.weeksCountedFrom())).wkst(MONDAY);
        }
        return row;
    }

    private static List<HsdsSchedule> exception(DateException exception, BigDecimal timezone) {
        String from = HsdsValues.text(exception.dates().from());
        String to = HsdsValues.text(exception.dates().to());
        HsdsSchedule.Builder dates = HsdsSchedule.builder()
                .validFrom(from)
                .validTo(to)
                .dtstart(from)
                .until(to)
                .timezone(timezone)
                .description(exception.description());
        if (exception.closed()) {
            return List.of(dates.build());
        }
        List<HsdsSchedule> rows = new ArrayList<>();
        for (TimeRange hours : exception.hours()) {
            rows.add(dates.opensAt(HsdsValues.text(hours.opensAt()))
                    .closesAt(HsdsValues.text(hours.closesAt()))
                    .build());
        }
        return rows;
    }

    private static boolean hasTexts(Schedule schedule) {
        return schedule.description() != null
                || schedule.notes() != null
                || schedule.attendingType() != null
                || schedule.link() != null;
    }

    private static HsdsSchedule.Builder withTexts(HsdsSchedule.Builder row, Schedule schedule) {
        return row.description(schedule.description())
                .notes(schedule.notes())
                .attendingType(schedule.attendingType())
                .scheduleLink(schedule.link());
    }
}
