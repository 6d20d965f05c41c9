package ru.nko42.portal.events.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.events.RegistrationStatus;

/** What came of a registration: a place ({@code CONFIRMED}) or a turn in the waiting list. */
public record RegistrationOutcome(long registrationId, RegistrationStatus status) implements Serializable {

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }
}
