package ru.nko42.portal.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.schedule.control.OpeningHours;
import ru.nko42.portal.services.boundary.ExceptionRow;
import ru.nko42.portal.services.boundary.ScheduleForm;
import ru.nko42.portal.services.boundary.WeeklyHoursRow;

class ScheduleFormsTest {

    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    @Test
    void aRowWithABreakIsTwoOpeningsAndComesBackAsOneRow() {
        ScheduleForm form = new ScheduleForm();
        form.getRows().add(new WeeklyHoursRow(WEEKDAYS, "9:00", "18:00", "13:00", "14:00"));
        form.getExceptions().add(new ExceptionRow(LocalDate.of(2026, 11, 4), true, null, null, "Праздник"));
        List<FieldProblem> problems = new ArrayList<>();

        String json = ScheduleForms.toJson(form, "schedule", problems);

        assertThat(problems).isEmpty();
        OpeningHours hours = OpeningHours.of(ScheduleForms.read(json));
        // Wednesday 25 November 2026 in Kuzbass (UTC+7)
        assertThat(hours.isOpen(Instant.parse("2026-11-25T05:59:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-25T06:30:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-11-25T07:00:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-04T03:00:00Z"))).isFalse();
        ScheduleForm back = ScheduleForms.fromJson(json);
        assertThat(back.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getDays()).containsExactlyElementsOf(WEEKDAYS);
            assertThat(List.of(row.getOpens(), row.getBreakFrom(), row.getBreakTo(), row.getCloses()))
                    .containsExactly("09:00", "13:00", "14:00", "18:00");
        });
        assertThat(back.getExceptions()).singleElement().satisfies(day -> {
            assertThat(day.isClosed()).isTrue();
            assertThat(day.getNote()).isEqualTo("Праздник");
        });
    }

    @Test
    void impossibleRowsAreRefusedFieldByField() {
        ScheduleForm form = new ScheduleForm();
        form.getRows().add(new WeeklyHoursRow(List.of("MONDAY"), "18:00", "09:00", null, null));
        form.getRows().add(new WeeklyHoursRow(List.of("MONDAY"), "09:00", "18:00", "19:00", "20:00"));
        form.getRows().add(new WeeklyHoursRow(List.of("MONDAY"), "09:00", "18:00", "13:00", null));
        form.getRows().add(new WeeklyHoursRow(List.of("FUNDAY"), "09:00", "18:00", null, null));
        form.getRows().add(new WeeklyHoursRow(List.of(), "9 утра", "18:00", null, null));
        form.setValidFrom(LocalDate.of(2026, 9, 1));
        form.setValidTo(LocalDate.of(2026, 6, 1));
        form.getExceptions().add(new ExceptionRow(null, true, null, null, null));
        List<FieldProblem> problems = new ArrayList<>();

        assertThat(ScheduleForms.toJson(form, "s", problems)).isNull();

        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("s.validTo", "service.error.schedule.season"),
                        org.assertj.core.groups.Tuple.tuple(
                                "s.rows[0].closes", "service.error.schedule.closesBeforeOpens"),
                        org.assertj.core.groups.Tuple.tuple(
                                "s.rows[1].breakFrom", "service.error.schedule.break.outside"),
                        org.assertj.core.groups.Tuple.tuple(
                                "s.rows[2].breakFrom", "service.error.schedule.break.incomplete"),
                        org.assertj.core.groups.Tuple.tuple("s.rows[3].days", "service.error.schedule.day"),
                        org.assertj.core.groups.Tuple.tuple("s.rows[4].days", "service.error.schedule.days.required"),
                        org.assertj.core.groups.Tuple.tuple("s.rows[4].opens", "service.error.schedule.time"),
                        org.assertj.core.groups.Tuple.tuple(
                                "s.exceptions[0].date", "service.error.schedule.date.required"));
    }

    @Test
    void anOvernightRowWithABreakAfterMidnightIsAccepted() {
        WeeklyHoursRow night = new WeeklyHoursRow(List.of("SATURDAY"), "20:00", "06:00", "01:00", "02:00");
        night.setOvernight(true);
        ScheduleForm form = new ScheduleForm();
        form.getRows().add(night);
        List<FieldProblem> problems = new ArrayList<>();

        OpeningHours hours = OpeningHours.of(ScheduleForms.read(ScheduleForms.toJson(form, "s", problems)));

        assertThat(problems).isEmpty();
        // Saturday 28 November 2026, 23:00 and Sunday 01:30 and 03:00 in Kuzbass
        assertThat(hours.isOpen(Instant.parse("2026-11-28T16:00:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-28T18:30:00Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-11-28T20:00:00Z"))).isTrue();
    }

    @Test
    void anEmptyFormIsNoSchedule() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(ScheduleForms.toJson(new ScheduleForm(), "s", problems)).isNull();
        assertThat(ScheduleForms.fromJson(null).isEmpty()).isTrue();
    }
}
