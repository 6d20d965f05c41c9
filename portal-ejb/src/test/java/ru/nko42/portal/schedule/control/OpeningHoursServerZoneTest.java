package ru.nko42.portal.schedule.control;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.DateRange;
import ru.nko42.portal.schedule.boundary.OpeningStatus.Kind;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/**
 * The same answers whatever the JVM's default zone, checked against moments written in UTC. Around 2 November
 * 2026, just after New York left daylight saving (1 November), and where the UTC or New York date is not the
 * Kuzbass date.
 */
class OpeningHoursServerZoneTest {

    private static final Schedule SCHEDULE = Schedule.weekly(
                    WeeklyRule.weekdays(TimeRange.of("09:00", "13:00")),
                    WeeklyRule.weekdays(TimeRange.of("14:00", "18:00")),
                    WeeklyRule.on(TimeRange.of("22:00", "04:00"), MONDAY),
                    WeeklyRule.on(TimeRange.of("23:00", "03:00"), SATURDAY))
            .withExceptions(DateException.closedOn(LocalDate.of(2026, 11, 4), "День народного единства"));

    private TimeZone serverZone;

    @BeforeEach
    void rememberTheServerZone() {
        serverZone = TimeZone.getDefault();
    }

    @AfterEach
    void restoreTheServerZone() {
        TimeZone.setDefault(serverZone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Asia/Novokuznetsk", "America/New_York", "Pacific/Kiritimati"})
    void theAnswersDoNotDependOnTheServersZone(String server) {
        TimeZone.setDefault(TimeZone.getTimeZone(server));
        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of(server));
        OpeningHours hours = OpeningHours.of(SCHEDULE);

        // Monday 09:00 in Kuzbass is 02:00 UTC
        assertThat(hours.isOpen(Instant.parse("2026-11-02T01:59:59Z"))).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-11-02T02:00:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-02T06:00:00Z")))
                .as("13:00, the break")
                .isFalse();
        // Tuesday 03:00 in Kuzbass, still Monday in UTC and in New York: Monday night's opening
        assertThat(hours.isOpen(Instant.parse("2026-11-02T20:00:00Z"))).isTrue();
        assertThat(hours.closesAt(Instant.parse("2026-11-02T20:00:00Z")))
                .map(ZonedDateTime::toInstant)
                .contains(Instant.parse("2026-11-02T21:00:00Z"));
        // Sunday 01:00 in Kuzbass is Saturday 18:00 UTC and 13:00 in New York
        assertThat(hours.isOpen(Instant.parse("2026-11-07T18:00:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-10-31T18:00:00Z"))).isTrue();
        // Tuesday 18:30 in Kuzbass: Wednesday is a holiday, Thursday 09:00 is 02:00 UTC
        assertThat(hours.nextOpening(Instant.parse("2026-11-03T11:30:00Z")))
                .map(ZonedDateTime::toInstant)
                .contains(Instant.parse("2026-11-05T02:00:00Z"));
        assertThat(hours.status(Instant.parse("2026-11-03T11:30:00Z")).kind()).isEqualTo(Kind.CLOSED_OPENS_AT);

        assertThat(hours.dateAt(Instant.parse("2026-11-02T20:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(hours.hoursOn(LocalDate.of(2026, 11, 3)).openings()).first().satisfies(tail -> {
            assertThat(tail.opens().toInstant()).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
            assertThat(tail.closes().toInstant()).isEqualTo(Instant.parse("2026-11-02T21:00:00Z"));
            assertThat(tail.opens().getZone()).isEqualTo(Schedule.KUZBASS);
        });
        assertThat(hours.isOpenAt(LocalDateTime.parse("2026-11-03T03:59"))).isTrue();

        Clock serverClock = Clock.fixed(Instant.parse("2026-11-02T02:30:00Z"), ZoneId.systemDefault());
        assertThat(hours.openNow(serverClock)).isTrue();
        assertThat(hours.today(serverClock)).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(hours.statusNow(serverClock).time().toInstant()).isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/New_York"})
    void aScheduleInAZoneWithDaylightSavingCountsLocalTimes(String server) {
        TimeZone.setDefault(TimeZone.getTimeZone(server));
        // Berlin moved from 02:00 CET to 03:00 CEST on Sunday 29 March 2026
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        OpeningHours hours = OpeningHours.of(Schedule.weekly(
                        WeeklyRule.daily(TimeRange.ALL_DAY).validDuring(DateRange.on(LocalDate.of(2026, 3, 29))),
                        WeeklyRule.on(TimeRange.of("01:00", "03:00"), SATURDAY))
                .inZone(berlin));

        // the whole Sunday is 23 hours long
        assertThat(hours.hoursOn(LocalDate.of(2026, 3, 29)).openingsStartingThisDay())
                .singleElement()
                .satisfies(day -> {
                    assertThat(day.opens().toInstant()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
                    assertThat(day.closes().toInstant()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
                });
        assertThat(hours.closesAt(Instant.parse("2026-03-29T12:00:00Z")))
                .map(ZonedDateTime::toInstant)
                .contains(Instant.parse("2026-03-29T22:00:00Z"));
        // Saturday 28 March 01:00-03:00 CET: 00:00 to 02:00 UTC
        assertThat(hours.isOpen(Instant.parse("2026-03-28T01:59:59Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-03-28T02:00:00Z"))).isFalse();
    }
}
