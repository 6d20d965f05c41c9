package ru.nko42.portal.events.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.model.events.RegistrationStatus;

/** What the cancel page shows before and after the button: the event, and where the registration stands. */
public record CancelView(String eventTitle, String eventSlug, Instant startsAt, RegistrationStatus status)
        implements Serializable {

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }
}
