package ru.nko42.portal.schedule.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.DayHours;
import ru.nko42.portal.schedule.boundary.OpenInterval;
import ru.nko42.portal.schedule.boundary.OpeningStatus;
import ru.nko42.portal.schedule.boundary.OpeningStatus.Kind;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.WeeklyRule;

/**
 * Answers when a schedule is open: at an instant, the current opening's end, the next opening, the hours of a date
 * and of a week, and a status for the page. Everything is computed in the schedule's zone (Kuzbass time unless the
 * schedule says otherwise), never in the server's default zone; local times are turned into instants with
 * {@link java.time.LocalDateTime#atZone}, so a zone with daylight saving would also come out right.
 *
 * <p>Boundaries: at the opening time a service is open, at the closing time it is closed. Openings that overlap or
 * touch (13:00–18:00 after 09:00–13:00, or one 24-hour day after another) make one stretch of time, so a service
 * open around the clock never "closes at midnight".
 *
 * <p>Look-ahead: the end of the current opening is given only if it falls within {@value #LOOK_AHEAD_DAYS} days;
 * the next opening is searched up to the last date on which a rule or an exception can open, at most
 * {@value #MAX_LOOK_AHEAD_DAYS} days ahead, so that a summer camp seen in April says when it opens in June.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class OpeningHours {

    /** How far ahead the end of an opening is looked for. */
    public static final int LOOK_AHEAD_DAYS = 14;

    /** How far ahead an opening is looked for at most. */
    public static final int MAX_LOOK_AHEAD_DAYS = 366;

    private final Schedule schedule;
    private final ZoneId zone;
    private final DayOpenings days;

    private OpeningHours(Schedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.zone = schedule.zone();
        this.days = new DayOpenings(schedule);
    }

    /** The opening hours of {@code schedule}. */
    public static OpeningHours of(Schedule schedule) {
        return new OpeningHours(schedule);
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The zone the schedule's times are in. */
    public ZoneId zone() {
        return zone;
    }

    /** The schedule's local date at {@code instant}. */
    public LocalDate dateAt(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The schedule's local date now. */
    public LocalDate today(Clock clock) {
        return dateAt(clock.instant());
    }

    /** Whether the schedule gives any hours; when not, nothing is ever open, but the hours are unknown. */
    public boolean givesHours() {
        return schedule.givesHours();
    }

    /** Whether open at {@code instant}. */
    public boolean isOpen(Instant instant) {
        LocalDate date = dateAt(instant);
        return Stream.of(date.minusDays(1), date)
                .flatMap(day -> days.startingOn(day).stream())
                .anyMatch(opening -> opening.contains(instant));
    }

    /** Whether open at {@code localTime} in the schedule's zone ("open on Saturday at 10:00"). */
    public boolean isOpenAt(LocalDateTime localTime) {
        return isOpen(localTime.atZone(zone).toInstant());
    }

    /** Whether open now. */
    public boolean openNow(Clock clock) {
        return isOpen(clock.instant());
    }

    /**
     * When the opening that {@code instant} falls in ends; empty if closed at {@code instant}, or if the opening
     * goes on beyond {@value #LOOK_AHEAD_DAYS} days (around the clock).
     */
    public Optional<ZonedDateTime> closesAt(Instant instant) {
        LocalDate date = dateAt(instant);
        LocalDate last = date.plusDays(LOOK_AHEAD_DAYS);
        Instant unknownFrom = last.plusDays(1).atStartOfDay(zone).toInstant();
        return joinedOpenings(date.minusDays(1), last).stream()
                .filter(opening -> opening.contains(instant))
                .findFirst()
                .map(OpenInterval::closes)
                .filter(closes -> closes.toInstant().isBefore(unknownFrom));
    }

    /**
     * The start of the first opening after {@code instant}; if open at {@code instant}, the one after the current
     * opening ends (so at 10:00 with a break from 13:00 to 14:00, it is 14:00). Empty when nothing opens within the
     * look-ahead, or when the current opening goes on past it.
     */
    public Optional<ZonedDateTime> nextOpening(Instant instant) {
        if (!schedule.givesHours()) {
            return Optional.empty();
        }
        LocalDate date = dateAt(instant);
        LocalDate soon = date.plusDays(LOOK_AHEAD_DAYS);
        Optional<ZonedDateTime> next = firstOpeningAfter(instant, date, soon);
        LocalDate last = lastDateAnythingOpens(date);
        return next.isPresent() || !last.isAfter(soon) ? next : firstOpeningAfter(instant, date, last);
    }

    /** The hours of {@code date}: the tail of the previous day's overnight opening, then the date's own openings. */
    public DayHours hoursOn(LocalDate date) {
        Instant dayStarts = date.atStartOfDay(zone).toInstant();
        List<OpenInterval> openings = new ArrayList<>();
        days.startingOn(date.minusDays(1)).stream()
                .filter(opening -> opening.closes().toInstant().isAfter(dayStarts))
                .forEach(openings::add);
        openings.addAll(days.startingOn(date));
        return new DayHours(date, openings, days.exceptionOn(date).orElse(null));
    }

    /** The hours of the seven dates from {@code first}, for a service page's timetable. */
    public List<DayHours> week(LocalDate first) {
        return Stream.iterate(first, date -> date.plusDays(1))
                .limit(7)
                .map(this::hoursOn)
                .toList();
    }

    /** What to tell a citizen at {@code instant}: open until, opens at, closed, or no hours given. */
    public OpeningStatus status(Instant instant) {
        ZonedDateTime now = instant.atZone(zone);
        DateException todays = days.exceptionOn(now.toLocalDate()).orElse(null);
        if (!schedule.givesHours()) {
            return OpeningStatus.without(Kind.NO_HOURS, now, todays);
        }
        if (isOpen(instant)) {
            return closesAt(instant)
                    .map(closes -> OpeningStatus.at(Kind.OPEN_UNTIL, now, closes, todays))
                    .orElseGet(() -> OpeningStatus.without(Kind.OPEN_NONSTOP, now, todays));
        }
        return nextOpening(instant)
                .map(opens -> OpeningStatus.at(Kind.CLOSED_OPENS_AT, now, opens, todays))
                .orElseGet(() -> OpeningStatus.without(Kind.CLOSED, now, todays));
    }

    /** What to tell a citizen now. */
    public OpeningStatus statusNow(Clock clock) {
        return status(clock.instant());
    }

    private Optional<ZonedDateTime> firstOpeningAfter(Instant instant, LocalDate date, LocalDate last) {
        return joinedOpenings(date.minusDays(1), last).stream()
                .map(OpenInterval::opens)
                .filter(opens -> opens.toInstant().isAfter(instant))
                .findFirst();
    }

    /** The openings beginning from {@code first} to {@code last}, those overlapping or touching joined. */
    private List<OpenInterval> joinedOpenings(LocalDate first, LocalDate last) {
        List<OpenInterval> openings = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            openings.addAll(days.startingOn(day));
        }
        return DayOpenings.joined(openings);
    }

    /** The last date on which an opening can begin, seen from {@code date}, at most the maximum look-ahead. */
    private LocalDate lastDateAnythingOpens(LocalDate date) {
        LocalDate cap = date.plusDays(MAX_LOOK_AHEAD_DAYS);
        LocalDate last = date;
        for (WeeklyRule rule : schedule.weekly()) {
            LocalDate to = rule.validity().to();
            if (to == null) {
                return cap;
            }
            last = later(last, to);
        }
        for (DateException exception : schedule.exceptions()) {
            if (!exception.closed()) {
                last = later(last, exception.dates().to());
            }
        }
        return last.isAfter(cap) ? cap : last;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return other.isAfter(one) ? other : one;
    }
}
