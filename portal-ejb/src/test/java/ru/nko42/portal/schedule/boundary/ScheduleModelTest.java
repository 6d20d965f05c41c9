package ru.nko42.portal.schedule.boundary;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleModelTest {

    @Test
    void aClosingTimeNotAfterTheOpeningTimeEndsTheNextDay() {
        LocalDate friday = LocalDate.of(2026, 11, 6);

        assertThat(TimeRange.of("09:00", "18:00").endsNextDay()).isFalse();
        assertThat(TimeRange.of("22:00", "02:00").endsNextDay()).isTrue();
        assertThat(TimeRange.of("22:00", "02:00").closesAfterOpeningOn(friday))
                .isEqualTo(LocalDateTime.parse("2026-11-07T02:00"));
        assertThat(TimeRange.ALL_DAY.twentyFourHours()).isTrue();
        assertThat(TimeRange.ALL_DAY.closesAfterOpeningOn(friday)).isEqualTo(LocalDateTime.parse("2026-11-07T00:00"));
        assertThat(TimeRange.of("08:00", "08:00").twentyFourHours()).isTrue();
    }

    @Test
    void aDateRangeIncludesBothEndsAndMayBeOpen() {
        DateRange summer = DateRange.between(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31));

        assertThat(summer.contains(LocalDate.of(2026, 5, 31))).isFalse();
        assertThat(summer.contains(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(summer.contains(LocalDate.of(2026, 8, 31))).isTrue();
        assertThat(summer.contains(LocalDate.of(2026, 9, 1))).isFalse();
        assertThat(DateRange.between(null, LocalDate.of(2026, 8, 31)).contains(LocalDate.of(1990, 1, 1)))
                .isTrue();
        assertThat(DateRange.ALWAYS.contains(LocalDate.of(2100, 1, 1))).isTrue();
        assertThatThrownBy(() -> DateRange.between(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeeklyRuleNeedsDaysAndAStartForEveryFewWeeks() {
        TimeRange hours = TimeRange.of("09:00", "18:00");

        assertThatThrownBy(() -> WeeklyRule.on(EnumSet.noneOf(DayOfWeek.class), hours))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyRule.on(hours, MONDAY).every(2, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyRule.on(hours, MONDAY).every(0, LocalDate.of(2026, 11, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WeeklyRule.on(hours, MONDAY).every(1, LocalDate.of(2026, 11, 2)))
                .as("every week needs no start")
                .isEqualTo(WeeklyRule.on(hours, MONDAY));
    }

    @Test
    void aWeeklyRuleKeepsItsOwnCopyOfTheDays() {
        Set<DayOfWeek> days = new HashSet<>(Set.of(MONDAY));
        WeeklyRule rule = WeeklyRule.on(days, TimeRange.of("09:00", "18:00"));

        days.add(SATURDAY);

        assertThat(rule.days()).containsExactly(MONDAY);
        assertThat(rule.appliesOn(LocalDate.of(2026, 11, 7))).isFalse();
    }

    @Test
    void everyOtherWeekCountsWeeksBeginningOnMonday() {
        // counted from a Wednesday: the weeks are those of 2, 16, 30 November
        WeeklyRule rule = WeeklyRule.on(TimeRange.of("10:00", "12:00"), MONDAY, DayOfWeek.SUNDAY)
                .every(2, LocalDate.of(2026, 11, 4));

        assertThat(rule.appliesOn(LocalDate.of(2026, 11, 2)))
                .as("before the start")
                .isFalse();
        assertThat(rule.appliesOn(LocalDate.of(2026, 11, 8))).isTrue();
        assertThat(rule.appliesOn(LocalDate.of(2026, 11, 9))).isFalse();
        assertThat(rule.appliesOn(LocalDate.of(2026, 11, 15))).isFalse();
        assertThat(rule.appliesOn(LocalDate.of(2026, 11, 16))).isTrue();
    }

    @Test
    void anExceptionNeedsItsDatesAndIsClosedWithoutHours() {
        assertThatThrownBy(() -> new DateException(DateRange.between(LocalDate.of(2026, 11, 4), null), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        DateException holiday = DateException.closedOn(LocalDate.of(2026, 11, 4), "  День народного единства ");

        assertThat(holiday.closed()).isTrue();
        assertThat(holiday.description()).isEqualTo("День народного единства");
        assertThat(DateException.hoursOn(LocalDate.of(2026, 11, 3), " ", TimeRange.of("09:00", "17:00")))
                .satisfies(shortened -> {
                    assertThat(shortened.closed()).isFalse();
                    assertThat(shortened.description()).isNull();
                });
    }

    @Test
    void aScheduleGivesHoursOnlyWithARuleOrAnExceptionWithHours() {
        LocalDate holiday = LocalDate.of(2026, 11, 4);

        assertThat(Schedule.EMPTY.givesHours()).isFalse();
        assertThat(Schedule.EMPTY
                        .withExceptions(DateException.closedOn(holiday, null))
                        .givesHours())
                .isFalse();
        assertThat(Schedule.EMPTY
                        .withExceptions(DateException.hoursOn(holiday, null, TimeRange.ALL_DAY))
                        .givesHours())
                .isTrue();
        assertThat(Schedule.weekly(WeeklyRule.daily(TimeRange.ALL_DAY)).givesHours())
                .isTrue();
        assertThat(new Schedule(null, null, null, " ", "", null, null)).isEqualTo(Schedule.EMPTY);
        assertThat(Schedule.EMPTY.withExceptions().exceptions()).isEqualTo(List.of());
    }
}
