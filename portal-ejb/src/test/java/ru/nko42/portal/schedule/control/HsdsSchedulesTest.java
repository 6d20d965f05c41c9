package ru.nko42.portal.schedule.control;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.DateRange;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

class HsdsSchedulesTest {

    private static final BigDecimal KUZBASS = BigDecimal.valueOf(7);

    private static final Schedule EVERYTHING = new Schedule(
            List.of(
                    WeeklyRule.weekdays(TimeRange.of("09:00", "13:00")),
                    WeeklyRule.weekdays(TimeRange.of("14:00", "18:00")),
                    WeeklyRule.on(TimeRange.of("22:00", "02:00"), SATURDAY),
                    WeeklyRule.on(TimeRange.ALL_DAY, SUNDAY)
                            .validDuring(DateRange.between(LocalDate.of(2026, 12, 1), null)),
                    WeeklyRule.daily(TimeRange.of("08:00", "20:00"))
                            .validDuring(DateRange.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31))),
                    WeeklyRule.on(TimeRange.of("10:00", "14:00"), SATURDAY)
                            .every(2, LocalDate.of(2026, 11, 7))
                            .validDuring(DateRange.between(null, LocalDate.of(2027, 5, 31)))),
            List.of(
                    DateException.closedOn(LocalDate.of(2026, 11, 4), "День народного единства"),
                    DateException.closedBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8), null),
                    DateException.hoursOn(
                            LocalDate.of(2026, 11, 3),
                            "Предпраздничный день",
                            TimeRange.of("09:00", "13:00"),
                            TimeRange.of("14:00", "17:00")),
                    DateException.hoursOn(
                            LocalDate.of(2026, 11, 7), "Рабочая суббота", TimeRange.of("10:00", "14:00"))),
            Schedule.KUZBASS,
            "Приём по живой очереди",
            "Обед может сдвигаться на полчаса",
            "Лично или по видеосвязи",
            "https://example.org/zapis");

    @Test
    void aWeeklyTimetableWithAHolidayBecomesWeeklyObjectsAndAnObjectForTheDate() {
        Schedule office = Schedule.weekly(
                        WeeklyRule.weekdays(TimeRange.of("09:00", "13:00")),
                        WeeklyRule.weekdays(TimeRange.of("14:00", "18:00")))
                .withExceptions(DateException.closedOn(LocalDate.of(2026, 11, 4), "День народного единства"))
                .withDescription("Без выходных на обед по пятницам");

        List<HsdsSchedule> objects = HsdsSchedules.toHsds(office);

        assertThat(objects)
                .containsExactly(
                        HsdsSchedule.builder()
                                .freq("WEEKLY")
                                .interval(1)
                                .byday("MO,TU,WE,TH,FR")
                                .opensAt("09:00")
                                .closesAt("13:00")
                                .timezone(KUZBASS)
                                .description("Без выходных на обед по пятницам")
                                .build(),
                        HsdsSchedule.builder()
                                .freq("WEEKLY")
                                .interval(1)
                                .byday("MO,TU,WE,TH,FR")
                                .opensAt("14:00")
                                .closesAt("18:00")
                                .timezone(KUZBASS)
                                .build(),
                        HsdsSchedule.builder()
                                .validFrom("2026-11-04")
                                .validTo("2026-11-04")
                                .dtstart("2026-11-04")
                                .until("2026-11-04")
                                .timezone(KUZBASS)
                                .description("День народного единства")
                                .build());
    }

    @Test
    void seasonsIntervalsAndOpeningsOfExceptionsAreWrittenAsHsdsFields() {
        List<HsdsSchedule> objects = HsdsSchedules.toHsds(EVERYTHING);

        assertThat(objects.get(4).validFrom()).isEqualTo("2026-06-01");
        assertThat(objects.get(4).validTo()).isEqualTo("2026-08-31");
        assertThat(objects.get(5))
                .extracting(HsdsSchedule::interval, HsdsSchedule::dtstart, HsdsSchedule::wkst, HsdsSchedule::validTo)
                .containsExactly(2, "2026-11-07", "MO", "2027-05-31");
        assertThat(objects.get(3))
                .extracting(HsdsSchedule::byday, HsdsSchedule::opensAt, HsdsSchedule::closesAt)
                .containsExactly("SU", "00:00", "00:00");
        assertThat(objects.subList(8, 10))
                .extracting(HsdsSchedule::dtstart, HsdsSchedule::opensAt, HsdsSchedule::closesAt, HsdsSchedule::freq)
                .containsExactly(
                        tuple("2026-11-03", "09:00", "13:00", null), tuple("2026-11-03", "14:00", "17:00", null));
        assertThat(objects).hasSize(11);
        assertThat(objects.subList(1, 6))
                .as("the schedule's text is on the first object only")
                .extracting(HsdsSchedule::description)
                .containsOnlyNulls();
    }

    @Test
    void aScheduleSurvivesTheRoundTripThroughHsdsJson() {
        String json = HsdsScheduleJson.write(HsdsSchedules.toHsds(EVERYTHING));

        HsdsImport imported = HsdsSchedules.fromHsds(HsdsScheduleJson.read(json));

        assertThat(imported.complete()).isTrue();
        assertThat(imported.schedule()).isEqualTo(EVERYTHING);
    }

    @Test
    void onlyTextAndOnlyExceptionsSurviveTheRoundTrip() {
        Schedule text = Schedule.EMPTY.withDescription("По записи").withNotes("Звоните заранее");
        Schedule holidays = Schedule.EMPTY.withExceptions(
                DateException.hoursOn(LocalDate.of(2026, 12, 31), null, TimeRange.of("20:00", "02:00")));

        assertThat(HsdsSchedules.fromHsds(HsdsSchedules.toHsds(text)).schedule())
                .isEqualTo(text);
        assertThat(HsdsSchedules.fromHsds(HsdsSchedules.toHsds(holidays)).schedule())
                .isEqualTo(holidays);
        assertThat(HsdsSchedules.toHsds(Schedule.EMPTY)).isEmpty();
        assertThat(HsdsSchedules.fromHsds(List.of()).schedule()).isEqualTo(Schedule.EMPTY);
    }

    @Test
    void anotherOffsetIsKeptAsTheSchedulesZone() {
        Schedule moscow = Schedule.weekly(WeeklyRule.weekdays(TimeRange.of("09:00", "18:00")))
                .inZone(ZoneOffset.ofHours(3));

        List<HsdsSchedule> objects = HsdsSchedules.toHsds(moscow);

        assertThat(objects.get(0).timezone()).isEqualByComparingTo("3");
        assertThat(HsdsSchedules.fromHsds(objects).schedule()).isEqualTo(moscow);
    }

    @Test
    void timesWithoutAnyZoneAreKuzbassTimes() {
        HsdsImport imported = HsdsSchedules.fromHsds(List.of(HsdsSchedule.builder()
                .freq("WEEKLY")
                .byday("MO,TU")
                .opensAt("09:00:00")
                .closesAt("18:00:00")
                .build()));

        assertThat(imported.schedule())
                .isEqualTo(Schedule.weekly(WeeklyRule.on(TimeRange.of("09:00", "18:00"), MONDAY, TUESDAY)));
    }

    @Test
    void theFirstTimezoneGivenIsTheSchedulesZone() {
        HsdsImport imported = HsdsSchedules.fromHsds(List.of(
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("MO")
                        .opensAt("09:00")
                        .closesAt("18:00")
                        .timezone(BigDecimal.ZERO)
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("TU")
                        .opensAt("09:00+07:00")
                        .closesAt("18:00+07:00")
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("WE")
                        .opensAt("10:00")
                        .closesAt("11:00")
                        .timezone(new BigDecimal("5.5"))
                        .build()));

        assertThat(imported.schedule().zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(imported.schedule().weekly())
                .containsExactly(
                        WeeklyRule.on(TimeRange.of("09:00", "18:00"), MONDAY),
                        WeeklyRule.on(TimeRange.of("02:00", "11:00"), TUESDAY),
                        WeeklyRule.on(TimeRange.of("04:30", "05:30"), WEDNESDAY));
    }

    @Test
    void timesInAnotherOffsetAreMovedIntoTheSchedulesZone() {
        HsdsImport imported = HsdsSchedules.fromHsds(List.of(
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("MO")
                        .opensAt("02:00Z")
                        .closesAt("11:00Z")
                        .timezone(KUZBASS)
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("SU")
                        .opensAt("18:00Z")
                        .closesAt("20:00Z")
                        .validFrom("2026-11-01")
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("MO")
                        .opensAt("16:00")
                        .closesAt("18:00")
                        .timezone(BigDecimal.ZERO)
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("MO")
                        .opensAt("09:00")
                        .closesAt("18:00")
                        .timezone(new BigDecimal("3"))
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("FR")
                        .opensAt("09:00-05:00")
                        .closesAt("10:00-05:00")
                        .build()));

        assertThat(imported.schedule().zone()).isEqualTo(Schedule.KUZBASS);
        assertThat(imported.schedule().weekly())
                .containsExactly(
                        WeeklyRule.on(TimeRange.of("09:00", "18:00"), MONDAY),
                        WeeklyRule.on(TimeRange.of("01:00", "03:00"), MONDAY)
                                .validDuring(DateRange.between(LocalDate.of(2026, 11, 2), null)),
                        WeeklyRule.on(TimeRange.of("23:00", "01:00"), MONDAY),
                        WeeklyRule.on(TimeRange.of("13:00", "22:00"), MONDAY),
                        WeeklyRule.on(TimeRange.of("21:00", "22:00"), DayOfWeek.FRIDAY));
    }

    @Test
    void aLenientWeeklyObjectWithoutFreqOrWithoutDaysIsRead() {
        HsdsImport imported = HsdsSchedules.fromHsds(List.of(
                HsdsSchedule.builder()
                        .byday("mo, tu")
                        .opensAt("9:00")
                        .closesAt("24:00")
                        .build(),
                HsdsSchedule.builder()
                        .freq("weekly")
                        .dtstart("2026-11-04")
                        .opensAt("10:00")
                        .closesAt("12:00")
                        .build()));

        assertThat(imported.complete()).isTrue();
        assertThat(imported.schedule().weekly())
                .containsExactly(
                        WeeklyRule.on(TimeRange.of("09:00", "00:00"), MONDAY, TUESDAY),
                        WeeklyRule.on(TimeRange.of("10:00", "12:00"), WEDNESDAY)
                                .validDuring(DateRange.between(LocalDate.of(2026, 11, 4), null)));
    }

    @Test
    void untilAndCountEndAWeeklyRule() {
        HsdsImport imported = HsdsSchedules.fromHsds(List.of(
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("MO,WE")
                        .dtstart("2026-11-02")
                        .count(3)
                        .opensAt("10:00")
                        .closesAt("12:00")
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("FR")
                        .validFrom("2026-01-01")
                        .validTo("2026-12-31")
                        .until("2026-11-30")
                        .opensAt("10:00")
                        .closesAt("12:00")
                        .build(),
                HsdsSchedule.builder()
                        .freq("WEEKLY")
                        .byday("SA")
                        .interval(2)
                        .dtstart("2026-11-07")
                        .count(2)
                        .opensAt("10:00")
                        .closesAt("12:00")
                        .build()));

        assertThat(imported.schedule().weekly())
                .extracting(WeeklyRule::validity)
                .containsExactly(
                        DateRange.between(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9)),
                        DateRange.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30)),
                        DateRange.between(null, LocalDate.of(2026, 11, 21)));
        assertThat(imported.schedule().weekly().get(2))
                .extracting(WeeklyRule::everyWeeks, WeeklyRule::weeksCountedFrom)
                .containsExactly(2, LocalDate.of(2026, 11, 7));
    }

    @Test
    void objectsForTheSameDatesMakeOneException() {
        HsdsSchedule shortened = HsdsSchedule.builder()
                .validFrom("2026-11-03")
                .validTo("2026-11-03")
                .description("Предпраздничный день")
                .opensAt("09:00")
                .closesAt("13:00")
                .build();
        HsdsImport imported = HsdsSchedules.fromHsds(List.of(
                shortened,
                shortened.toBuilder().opensAt("14:00").closesAt("17:00").build(),
                HsdsSchedule.builder().dtstart("2027-01-01").until("2027-01-08").build(),
                HsdsSchedule.builder().dtstart("2026-11-04").notes("Праздник").build()));

        assertThat(imported.schedule().exceptions())
                .containsExactly(
                        DateException.hoursOn(
                                LocalDate.of(2026, 11, 3),
                                "Предпраздничный день",
                                TimeRange.of("09:00", "13:00"),
                                TimeRange.of("14:00", "17:00")),
                        DateException.closedBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8), null),
                        DateException.closedOn(LocalDate.of(2026, 11, 4), "Праздник"));
    }

    @Test
    void whatTheModelCannotSayIsReturnedAndItsTextKept() {
        HsdsSchedule monthly = HsdsSchedule.builder()
                .freq("MONTHLY")
                .byday("2MO")
                .opensAt("10:00")
                .closesAt("12:00")
                .description("Каждый второй понедельник месяца")
                .build();
        HsdsSchedule specExample = HsdsSchedule.builder()
                .validFrom("2005-01-01")
                .validTo("2005-01-01")
                .dtstart("2005-01-01")
                .timezone(KUZBASS)
                .until("2005-01-01")
                .count(3)
                .wkst("TU")
                .freq("WEEKLY")
                .interval(1)
                .byday("TH,FR")
                .byweekno("41,42")
                .bymonthday("2,3,4")
                .byyearday("2,3,4")
                .description("The service is available from 10 am to 6pm weekdays.")
                .opensAt("10:00:00")
                .closesAt("18:00:00")
                .scheduleLink("http://example.com")
                .attendingType("In person")
                .notes("Lunch break between 1200 and 1400")
                .build();
        HsdsSchedule hoursWithoutDays =
                HsdsSchedule.builder().opensAt("10:00").closesAt("12:00").build();
        HsdsSchedule everyOtherWeekWithoutStart = HsdsSchedule.builder()
                .freq("WEEKLY")
                .interval(2)
                .byday("MO")
                .opensAt("10:00")
                .closesAt("12:00")
                .build();
        HsdsSchedule unreadable = HsdsSchedule.builder()
                .freq("WEEKLY")
                .byday("MO")
                .opensAt("ten")
                .closesAt("12:00")
                .build();
        HsdsSchedule unreadableDate =
                HsdsSchedule.builder().validFrom("tomorrow").build();
        HsdsSchedule weekly = HsdsSchedule.builder()
                .freq("WEEKLY")
                .byday("TU")
                .opensAt("10:00")
                .closesAt("12:00")
                .build();

        HsdsImport imported = HsdsSchedules.fromHsds(List.of(
                monthly,
                specExample,
                hoursWithoutDays,
                everyOtherWeekWithoutStart,
                unreadable,
                unreadableDate,
                weekly));

        assertThat(imported.complete()).isFalse();
        assertThat(imported.unsupported())
                .containsExactly(
                        monthly, specExample, hoursWithoutDays, everyOtherWeekWithoutStart, unreadable, unreadableDate);
        assertThat(imported.schedule().weekly())
                .containsExactly(WeeklyRule.on(TimeRange.of("10:00", "12:00"), TUESDAY));
        assertThat(imported.schedule().description())
                .isEqualTo("Каждый второй понедельник месяца\nThe service is available from 10 am to 6pm weekdays.");
        assertThat(imported.schedule().notes()).isEqualTo("Lunch break between 1200 and 1400");
        assertThat(imported.schedule().attendingType()).isEqualTo("In person");
        assertThat(imported.schedule().link()).isEqualTo("http://example.com");
    }

    @Test
    void anImpossibleTimezoneIsNotTheSchedulesZone() {
        HsdsSchedule impossible = HsdsSchedule.builder()
                .freq("WEEKLY")
                .byday("MO")
                .opensAt("09:00")
                .closesAt("18:00")
                .timezone(new BigDecimal("99"))
                .build();

        HsdsImport imported = HsdsSchedules.fromHsds(List.of(impossible));

        assertThat(imported.schedule().zone()).isEqualTo(Schedule.KUZBASS);
        assertThat(imported.unsupported()).containsExactly(impossible);
    }

    @Test
    void identifiersAreTheCallers() {
        HsdsSchedule object = HsdsSchedules.toHsds(
                        Schedule.weekly(WeeklyRule.on(EnumSet.of(DayOfWeek.MONDAY), TimeRange.of("09:00", "10:00"))))
                .get(0)
                .withIdentity(
                        "48102e86-bb50-41c4-8f1e-e269368c41d1", "ac148810-d857-441c-9679-408f346de14b", null, null);

        assertThat(object.id()).isEqualTo("48102e86-bb50-41c4-8f1e-e269368c41d1");
        assertThat(object.serviceId()).isEqualTo("ac148810-d857-441c-9679-408f346de14b");
        assertThat(object.byday()).isEqualTo("MO");
    }
}
