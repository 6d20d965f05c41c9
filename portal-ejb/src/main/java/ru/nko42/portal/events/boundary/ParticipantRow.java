package ru.nko42.portal.events.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.model.events.EventRegistration;
import ru.nko42.portal.model.events.RegistrationStatus;

/** One registration as editors see it, with its contact details: for the participants' page and its exports. */
public record ParticipantRow(
        long id,
        String name,
        String organization,
        String email,
        String phone,
        RegistrationStatus status,
        Instant registeredAt,
        Instant confirmedAt,
        Instant cancelledAt)
        implements Serializable {

    static ParticipantRow of(EventRegistration r) {
        return new ParticipantRow(
                r.getId(),
                r.getFullName(),
                r.getOrganization(),
                r.getEmail(),
                r.getPhone(),
                r.getStatus(),
                r.getRegisteredAt(),
                r.getConfirmedAt(),
                r.getCancelledAt());
    }
}
