package ru.nko42.portal.schedule.control;

import java.util.List;
import ru.nko42.portal.schedule.boundary.Schedule;

/**
 * Maps a {@link Schedule} to and from Open Referral HSDS 3.0 {@code schedule} objects (RFC 5545 recurrence rules).
 *
 * <h2>Writing</h2>
 *
 * <ul>
 *   <li>Each weekly rule is one object: {@code freq=WEEKLY}, {@code interval} (1, or 2 for every other week),
 *       {@code byday} such as {@code "MO,TU"}, {@code opens_at}/{@code closes_at} as {@code "09:00"} (local times;
 *       {@code closes_at} at or before {@code opens_at} means the next day, {@code "00:00"}–{@code "00:00"} the
 *       whole day), {@code valid_from}/{@code valid_to} for a season. A rule every few weeks also has {@code dtstart}
 *       (the date its weeks are counted from) and {@code wkst=MO}.
 *   <li>The schedule's own text ({@code description}, {@code notes}, {@code attending_type}, {@code schedule_link})
 *       goes on the first weekly object, or on an object of its own with nothing else if there is no weekly rule.
 *   <li>HSDS has no exception object. An exception is written as objects <em>without {@code freq}</em> whose dates
 *       are both {@code valid_from}/{@code valid_to} and {@code dtstart}/{@code until} (the same date twice for one
 *       day) and whose {@code description} is the exception's: without {@code opens_at}/{@code closes_at} it means
 *       closed all day; with them it means open only then, one object per opening (a shortened day, an extra
 *       working day). It replaces the weekly objects on its dates.
 *   <li>Every object has {@code timezone}: the zone's UTC offset in hours, 7 for Kuzbass. Identifiers are left
 *       null for the caller to fill in ({@link HsdsSchedule#withIdentity}).
 * </ul>
 *
 * <h2>Reading</h2>
 *
 * Reading accepts what writing produces, so a schedule survives the round trip unchanged, and is lenient with
 * other publishers:
 *
 * <ul>
 *   <li>{@code freq=WEEKLY}, or no {@code freq} but {@code byday}, is a weekly rule; without {@code byday} it is on
 *       the weekday of {@code dtstart}. {@code dtstart} and {@code until} narrow {@code valid_from} and
 *       {@code valid_to}; {@code count} (with {@code dtstart}) ends the rule on its last occurrence.
 *   <li>No {@code freq} and no {@code byday}, but dates: an exception, its dates from {@code valid_from}/
 *       {@code valid_to}, else {@code dtstart}/{@code until}; objects with the same dates and description make one
 *       exception with all their openings.
 *   <li>Nothing but text: the schedule's text. The texts of all objects are gathered, each different text once.
 *   <li>The zone: the first {@code timezone} given, as a fixed offset ({@link Schedule#KUZBASS} if it is +7).
 *       Without any {@code timezone} the times are taken as Kuzbass time, not UTC as HSDS would have it: members
 *       and local publishers give local times, and reading them as UTC would shift every service by 7 hours.
 *       A time with its own offset ({@code "02:00Z"}, {@code "09:00-05:00"}), or an object with a different
 *       {@code timezone}, is converted to the schedule's zone, moving the days if it crosses midnight.
 *   <li>Not supported, and returned in {@link HsdsImport#unsupported()} with their texts kept: {@code freq=MONTHLY}
 *       (and ordinals such as {@code 2MO}), {@code byweekno}, {@code bymonthday}, {@code byyearday}, an interval
 *       with weeks not beginning on Monday, times without days or dates, unreadable values.
 * </ul>
 */
public final class HsdsSchedules {

    private HsdsSchedules() {}

    /** The HSDS schedule objects of {@code schedule}, without identifiers. */
    public static List<HsdsSchedule> toHsds(Schedule schedule) {
        return HsdsScheduleWriter.write(schedule);
    }

    /** The schedule the HSDS schedule objects of one service or location give, and what it could not express. */
    public static HsdsImport fromHsds(List<HsdsSchedule> objects) {
        return HsdsScheduleReader.read(objects);
    }
}
