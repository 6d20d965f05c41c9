package ru.nko42.portal.schedule.control;

/** An HSDS schedule object says something a {@link ru.nko42.portal.schedule.boundary.Schedule} cannot express. */
final class UnsupportedScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnsupportedScheduleException(String message) {
        super(message);
    }
}
