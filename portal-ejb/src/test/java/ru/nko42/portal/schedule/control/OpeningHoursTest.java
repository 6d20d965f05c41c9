package ru.nko42.portal.schedule.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.nko42.portal.schedule.control.KuzbassTime.at;
import static ru.nko42.portal.schedule.control.KuzbassTime.zoned;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.DateRange;
import ru.nko42.portal.schedule.boundary.DayHours;
import ru.nko42.portal.schedule.boundary.OpenInterval;
import ru.nko42.portal.schedule.boundary.OpeningStatus;
import ru.nko42.portal.schedule.boundary.OpeningStatus.Kind;
import ru.nko42.portal.schedule.boundary.OpeningStatus.RelativeDay;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/** The week of Monday 2 November 2026 in Kuzbass: 4 November (Wednesday) is the Day of National Unity. */
class OpeningHoursTest {

    static final TimeRange MORNING = TimeRange.of("09:00", "13:00");
    static final TimeRange AFTERNOON = TimeRange.of("14:00", "18:00");
    static final Schedule OFFICE = Schedule.weekly(WeeklyRule.weekdays(MORNING), WeeklyRule.weekdays(AFTERNOON));

    static final LocalDate MONDAY_2_NOV = LocalDate.of(2026, 11, 2);
    static final LocalDate PRE_HOLIDAY = LocalDate.of(2026, 11, 3);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 4);
    static final LocalDate WORKING_SATURDAY = LocalDate.of(2026, 11, 7);

    static final DateException UNITY_DAY = DateException.closedOn(HOLIDAY, "День народного единства");
    static final DateException SHORTENED =
            DateException.hoursOn(PRE_HOLIDAY, "Предпраздничный день", MORNING, TimeRange.of("14:00", "17:00"));
    static final DateException EXTRA_SATURDAY =
            DateException.hoursOn(WORKING_SATURDAY, "Рабочая суббота", TimeRange.of("10:00", "14:00"));

    static final OpeningHours OFFICE_IN_NOVEMBER =
            OpeningHours.of(OFFICE.withExceptions(SHORTENED, UNITY_DAY, EXTRA_SATURDAY));

    @Test
    void openFromTheOpeningTimeAndClosedFromTheClosingTime() {
        OpeningHours hours = OpeningHours.of(OFFICE);

        assertThat(hours.isOpen(at("2026-11-02T08:59:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-02T09:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-02T17:59:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-02T18:00"))).isFalse();
    }

    @Test
    void closedDuringTheLunchBreak() {
        OpeningHours hours = OpeningHours.of(OFFICE);

        assertThat(hours.isOpen(at("2026-11-02T12:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-02T13:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-02T13:59:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-02T14:00"))).isTrue();
        assertThat(hours.closesAt(at("2026-11-02T10:00"))).contains(zoned("2026-11-02T13:00"));
        assertThat(hours.nextOpening(at("2026-11-02T13:30"))).contains(zoned("2026-11-02T14:00"));
        assertThat(hours.nextOpening(at("2026-11-02T10:00")))
                .as("while open, the next opening is the one after the break")
                .contains(zoned("2026-11-02T14:00"));
        assertThat(hours.status(at("2026-11-02T13:30")))
                .isEqualTo(OpeningStatus.at(
                        Kind.CLOSED_OPENS_AT, zoned("2026-11-02T13:30"), zoned("2026-11-02T14:00"), null));
    }

    @Test
    void anOvernightOpeningGoesOnIntoTheNextWeekday() {
        WeeklyRule nights = WeeklyRule.on(TimeRange.of("22:00", "02:00"), FRIDAY, SATURDAY);
        OpeningHours hours = OpeningHours.of(Schedule.weekly(nights));

        assertThat(hours.isOpen(at("2026-11-06T21:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-06T22:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-07T00:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-07T01:30")))
                .as("Saturday, from Friday")
                .isTrue();
        assertThat(hours.isOpen(at("2026-11-07T02:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-08T01:30")))
                .as("Sunday, from Saturday")
                .isTrue();
        assertThat(hours.isOpen(at("2026-11-09T01:30")))
                .as("Monday: nothing began on Sunday")
                .isFalse();
        assertThat(hours.isOpen(at("2026-11-06T01:30")))
                .as("Friday: nothing began on Thursday")
                .isFalse();

        assertThat(hours.closesAt(at("2026-11-06T23:00"))).contains(zoned("2026-11-07T02:00"));
        OpeningStatus status = hours.status(at("2026-11-06T23:00"));
        assertThat(status.kind()).isEqualTo(Kind.OPEN_UNTIL);
        assertThat(status.time()).isEqualTo(zoned("2026-11-07T02:00"));
        assertThat(status.day()).isEqualTo(RelativeDay.TOMORROW);
        assertThat(hours.nextOpening(at("2026-11-07T01:00"))).contains(zoned("2026-11-07T22:00"));
    }

    @Test
    void aDaysHoursBeginWithTheTailOfTheNightBefore() {
        WeeklyRule nights = WeeklyRule.on(TimeRange.of("22:00", "02:00"), FRIDAY, SATURDAY);
        OpeningHours hours = OpeningHours.of(Schedule.weekly(nights));

        DayHours saturday = hours.hoursOn(LocalDate.of(2026, 11, 7));

        assertThat(saturday.openings())
                .containsExactly(
                        new OpenInterval(zoned("2026-11-06T22:00"), zoned("2026-11-07T02:00")),
                        new OpenInterval(zoned("2026-11-07T22:00"), zoned("2026-11-08T02:00")));
        assertThat(saturday.openingsStartingThisDay())
                .containsExactly(new OpenInterval(zoned("2026-11-07T22:00"), zoned("2026-11-08T02:00")));
        assertThat(saturday.openings()).allMatch(OpenInterval::closesOnLaterDate);
        assertThat(hours.hoursOn(LocalDate.of(2026, 11, 9)).closedAllDay()).isTrue();
        assertThat(hours.hoursOn(LocalDate.of(2026, 11, 8)).openingsStartingThisDay())
                .isEmpty();
    }

    @Test
    void aHolidayClosesAWeekdayAllDay() {
        OpeningHours hours = OFFICE_IN_NOVEMBER;

        assertThat(hours.isOpen(at("2026-11-04T10:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-05T10:00"))).isTrue();
        OpeningStatus status = hours.status(at("2026-11-04T10:00"));
        assertThat(status.kind()).isEqualTo(Kind.CLOSED_OPENS_AT);
        assertThat(status.time()).isEqualTo(zoned("2026-11-05T09:00"));
        assertThat(status.day()).isEqualTo(RelativeDay.TOMORROW);
        assertThat(status.todaysException()).isEqualTo(UNITY_DAY);
        assertThat(status.closedTodayByException()).isTrue();
        DayHours holiday = hours.hoursOn(HOLIDAY);
        assertThat(holiday.closedAllDay()).isTrue();
        assertThat(holiday.exception().description()).isEqualTo("День народного единства");
    }

    @Test
    void aHolidayLetsTheNightBeforeEndAsPlanned() {
        WeeklyRule nights = WeeklyRule.on(TimeRange.of("22:00", "02:00"), TUESDAY, DayOfWeek.WEDNESDAY);
        OpeningHours hours = OpeningHours.of(Schedule.weekly(nights).withExceptions(UNITY_DAY));

        assertThat(hours.isOpen(at("2026-11-04T01:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-04T22:30"))).isFalse();
        assertThat(hours.hoursOn(HOLIDAY).openings()).hasSize(1);
        assertThat(hours.hoursOn(HOLIDAY).openingsStartingThisDay()).isEmpty();
    }

    @Test
    void theNextOpeningSkipsAHoliday() {
        assertThat(OFFICE_IN_NOVEMBER.nextOpening(at("2026-11-03T17:30"))).contains(zoned("2026-11-05T09:00"));
        assertThat(OFFICE_IN_NOVEMBER.closesAt(at("2026-11-03T16:00"))).contains(zoned("2026-11-03T17:00"));
    }

    @Test
    void aShortenedDayHasItsOwnHours() {
        OpeningHours hours = OFFICE_IN_NOVEMBER;

        assertThat(hours.isOpen(at("2026-11-03T12:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-03T13:30"))).as("its break is kept").isFalse();
        assertThat(hours.isOpen(at("2026-11-03T16:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-03T17:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-02T17:30")))
                .as("the day before is a normal day")
                .isTrue();
        OpeningStatus status = hours.status(at("2026-11-03T15:00"));
        assertThat(status.kind()).isEqualTo(Kind.OPEN_UNTIL);
        assertThat(status.time()).isEqualTo(zoned("2026-11-03T17:00"));
        assertThat(status.day()).isEqualTo(RelativeDay.TODAY);
        assertThat(status.todaysException()).isEqualTo(SHORTENED);
        assertThat(status.closedTodayByException()).isFalse();
    }

    @Test
    void anExtraWorkingSaturdayOpensOnlyThatSaturday() {
        OpeningHours hours = OFFICE_IN_NOVEMBER;

        assertThat(hours.isOpen(at("2026-11-07T11:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-07T14:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-14T11:00"))).isFalse();
        assertThat(hours.nextOpening(at("2026-11-06T18:00"))).contains(zoned("2026-11-07T10:00"));
    }

    @Test
    void theNextOpeningAfterFridayIsOnMonday() {
        OpeningHours hours = OpeningHours.of(OFFICE);

        assertThat(hours.nextOpening(at("2026-11-06T18:00"))).contains(zoned("2026-11-09T09:00"));
        assertThat(hours.status(at("2026-11-07T12:00")).day()).isEqualTo(RelativeDay.WITHIN_A_WEEK);
        assertThat(hours.status(at("2026-11-08T23:59")).day()).isEqualTo(RelativeDay.TOMORROW);
        assertThat(hours.status(at("2026-11-09T08:00")).day()).isEqualTo(RelativeDay.TODAY);
    }

    @Test
    void theNewYearHolidaysCloseAWeekAndAnOpeningInsideThemStaysOpen() {
        DateException newYear =
                DateException.closedBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8), "Новогодние каникулы");
        DateException duty =
                DateException.hoursOn(LocalDate.of(2027, 1, 5), "Дежурство", TimeRange.of("10:00", "14:00"));
        OpeningHours hours = OpeningHours.of(OFFICE.withExceptions(newYear));
        OpeningHours withDuty = OpeningHours.of(OFFICE.withExceptions(newYear, duty));

        assertThat(hours.nextOpening(at("2026-12-31T18:00"))).contains(zoned("2027-01-11T09:00"));
        assertThat(withDuty.nextOpening(at("2026-12-31T18:00"))).contains(zoned("2027-01-05T10:00"));
        assertThat(withDuty.isOpen(at("2027-01-04T10:00"))).isFalse();
        assertThat(withDuty.hoursOn(LocalDate.of(2027, 1, 5)).exception()).isEqualTo(duty);
        assertThat(withDuty.hoursOn(LocalDate.of(2027, 1, 4)).exception()).isEqualTo(newYear);
    }

    @Test
    void aSeasonalServiceIsClosedOutsideItsSeasonAndSaysWhenItOpens() {
        WeeklyRule camp = WeeklyRule.daily(TimeRange.of("08:00", "20:00"))
                .validDuring(DateRange.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31)));
        OpeningHours hours = OpeningHours.of(Schedule.weekly(camp));

        assertThat(hours.isOpen(at("2026-05-31T10:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-06-01T08:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-08-31T19:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-09-01T10:00"))).isFalse();

        assertThat(hours.nextOpening(at("2026-04-15T12:00")))
                .as("beyond the 14 days of look-ahead, the season's first day")
                .contains(zoned("2026-06-01T08:00"));
        OpeningStatus april = hours.status(at("2026-04-15T12:00"));
        assertThat(april.kind()).isEqualTo(Kind.CLOSED_OPENS_AT);
        assertThat(april.day()).isEqualTo(RelativeDay.LATER);

        assertThat(hours.nextOpening(at("2026-09-01T10:00"))).isEmpty();
        assertThat(hours.status(at("2026-09-01T10:00")))
                .isEqualTo(OpeningStatus.without(Kind.CLOSED, zoned("2026-09-01T10:00"), null));
    }

    @Test
    void openAroundTheClockNeverCloses() {
        OpeningHours hours = OpeningHours.of(Schedule.weekly(WeeklyRule.daily(TimeRange.ALL_DAY)));

        assertThat(hours.isOpen(at("2026-11-02T00:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-04T23:59:59"))).isTrue();
        assertThat(hours.closesAt(at("2026-11-02T10:00"))).isEmpty();
        assertThat(hours.nextOpening(at("2026-11-02T10:00"))).isEmpty();
        assertThat(hours.status(at("2026-11-02T10:00")).kind()).isEqualTo(Kind.OPEN_NONSTOP);
        assertThat(hours.hoursOn(MONDAY_2_NOV).openings())
                .containsExactly(new OpenInterval(zoned("2026-11-02T00:00"), zoned("2026-11-03T00:00")));
    }

    @Test
    void aroundTheClockClosesForAHoliday() {
        OpeningHours hours = OpeningHours.of(
                Schedule.weekly(WeeklyRule.daily(TimeRange.ALL_DAY)).withExceptions(UNITY_DAY));

        assertThat(hours.closesAt(at("2026-11-02T10:00"))).contains(zoned("2026-11-04T00:00"));
        assertThat(hours.nextOpening(at("2026-11-02T10:00"))).contains(zoned("2026-11-05T00:00"));
        assertThat(hours.isOpen(at("2026-11-04T12:00"))).isFalse();
        OpeningStatus status = hours.status(at("2026-11-03T23:00"));
        assertThat(status.kind()).isEqualTo(Kind.OPEN_UNTIL);
        assertThat(status.day()).isEqualTo(RelativeDay.TOMORROW);
    }

    @Test
    void twentyFourHoursFromAMorningLastUntilTheNextMorning() {
        WeeklyRule shift = WeeklyRule.on(TimeRange.of("08:00", "08:00"), MONDAY);
        OpeningHours hours = OpeningHours.of(Schedule.weekly(shift));

        assertThat(hours.isOpen(at("2026-11-02T07:59"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-03T07:59"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-03T08:00"))).isFalse();
        assertThat(hours.closesAt(at("2026-11-02T08:00"))).contains(zoned("2026-11-03T08:00"));
    }

    @Test
    void touchingOpeningsMakeOneStretchAcrossDays() {
        Schedule schedule = Schedule.weekly(
                WeeklyRule.on(TimeRange.ALL_DAY, MONDAY, TUESDAY),
                WeeklyRule.weekdays(TimeRange.of("09:00", "18:00")),
                WeeklyRule.on(TimeRange.of("17:00", "20:00"), DayOfWeek.WEDNESDAY));
        OpeningHours hours = OpeningHours.of(schedule);

        assertThat(hours.closesAt(at("2026-11-02T10:00"))).contains(zoned("2026-11-04T00:00"));
        assertThat(hours.closesAt(at("2026-11-04T10:00")))
                .as("overlapping rules join")
                .contains(zoned("2026-11-04T20:00"));
        assertThat(hours.nextOpening(at("2026-11-02T10:00"))).contains(zoned("2026-11-04T09:00"));
    }

    @Test
    void anEmptyScheduleGivesNoHoursWhichIsNotClosed() {
        OpeningHours hours = OpeningHours.of(Schedule.EMPTY.withDescription("По предварительной записи"));

        assertThat(hours.givesHours()).isFalse();
        assertThat(hours.isOpen(at("2026-11-02T10:00"))).isFalse();
        assertThat(hours.nextOpening(at("2026-11-02T10:00"))).isEmpty();
        OpeningStatus status = hours.status(at("2026-11-02T10:00"));
        assertThat(status.kind()).isEqualTo(Kind.NO_HOURS);
        assertThat(status.open()).isFalse();
        assertThat(status.time()).isNull();
        assertThat(hours.schedule().description()).isEqualTo("По предварительной записи");
        assertThat(OpeningHours.of(Schedule.EMPTY.withExceptions(UNITY_DAY))
                        .status(at("2026-11-04T10:00"))
                        .kind())
                .as("only closing exceptions give no hours either")
                .isEqualTo(Kind.NO_HOURS);
    }

    @Test
    void theWeekOverviewShowsEachDayWithItsException() {
        List<DayHours> week = OFFICE_IN_NOVEMBER.week(MONDAY_2_NOV);

        assertThat(week).extracting(DayHours::date).first().isEqualTo(MONDAY_2_NOV);
        assertThat(week).extracting(DayHours::date).last().isEqualTo(LocalDate.of(2026, 11, 8));
        assertThat(week).extracting(day -> day.openings().size()).containsExactly(2, 2, 0, 2, 2, 1, 0);
        assertThat(week)
                .extracting(DayHours::exception)
                .containsExactly(null, SHORTENED, UNITY_DAY, null, null, EXTRA_SATURDAY, null);
        assertThat(week.get(1).openings().get(1))
                .isEqualTo(new OpenInterval(zoned("2026-11-03T14:00"), zoned("2026-11-03T17:00")));
        assertThat(week.get(6).closedAllDay()).isTrue();
        assertThat(week.get(6).exceptional()).isFalse();
    }

    @Test
    void everyOtherWeekCountsWeeksFromItsFirstDate() {
        WeeklyRule fortnightly =
                WeeklyRule.on(TimeRange.of("10:00", "14:00"), SATURDAY).every(2, WORKING_SATURDAY);
        OpeningHours hours = OpeningHours.of(Schedule.weekly(fortnightly));

        assertThat(hours.isOpen(at("2026-10-31T11:00")))
                .as("before the first date")
                .isFalse();
        assertThat(hours.isOpen(at("2026-11-07T11:00"))).isTrue();
        assertThat(hours.isOpen(at("2026-11-14T11:00"))).isFalse();
        assertThat(hours.isOpen(at("2026-11-21T11:00"))).isTrue();
        assertThat(hours.nextOpening(at("2026-11-07T15:00"))).contains(zoned("2026-11-21T10:00"));
    }

    @Test
    void openAtALocalTimeAndNowByAClock() {
        OpeningHours hours = OFFICE_IN_NOVEMBER;
        Clock mondayMorning = Clock.fixed(at("2026-11-02T10:00"), ZoneId.of("UTC"));

        assertThat(hours.isOpenAt(LocalDateTime.parse("2026-11-07T10:30"))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.parse("2026-11-08T10:30"))).isFalse();
        assertThat(hours.openNow(mondayMorning)).isTrue();
        assertThat(hours.today(mondayMorning)).isEqualTo(MONDAY_2_NOV);
        assertThat(hours.statusNow(mondayMorning))
                .isEqualTo(
                        OpeningStatus.at(Kind.OPEN_UNTIL, zoned("2026-11-02T10:00"), zoned("2026-11-02T13:00"), null));
    }
}
