package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import ru.nko42.portal.schedule.boundary.DayHours;
import ru.nko42.portal.schedule.boundary.OpeningStatus;

/**
 * The hours of a service or a place as its page shows them, in Kuzbass time: whether it is open at the moment the
 * page was made (and until when, or when it opens next), whether that is a break in a day it was open, today's and
 * the week's hours from today, and the member's note. {@code known} is false when no hours were given (unknown, not
 * closed).
 */
public record ServiceHours(
        boolean known, OpeningStatus status, boolean onBreak, DayHours today, List<DayHours> week, String note)
        implements Serializable {

    public static final ServiceHours UNKNOWN = new ServiceHours(false, null, false, null, List.of(), null);

    /** The time the status speaks of: the closing time when open, the next opening when closed. */
    public LocalTime time() {
        return status == null || status.time() == null ? null : status.time().toLocalTime();
    }
}
