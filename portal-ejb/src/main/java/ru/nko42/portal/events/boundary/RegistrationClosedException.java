package ru.nko42.portal.events.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** The event takes no registrations now: closed by the editors, past its deadline, started, or not public. */
public class RegistrationClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RegistrationClosedException(long eventId) {
        super("registration closed for event " + eventId);
    }

    @Override
    public String messageKey() {
        return "event.registration.error.closed";
    }
}
