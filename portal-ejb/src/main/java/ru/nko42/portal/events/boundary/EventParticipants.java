package ru.nko42.portal.events.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.model.events.RegistrationStatus;

/** The registrations of one event for its editors: confirmed and waiting first come first, then the cancelled. */
public record EventParticipants(
        long eventId, String title, String slug, Instant startsAt, Integer capacity, List<ParticipantRow> rows)
        implements Serializable {

    public List<ParticipantRow> confirmed() {
        return in(RegistrationStatus.CONFIRMED);
    }

    public List<ParticipantRow> waiting() {
        return in(RegistrationStatus.WAITING);
    }

    public List<ParticipantRow> cancelled() {
        return in(RegistrationStatus.CANCELLED);
    }

    private List<ParticipantRow> in(RegistrationStatus status) {
        return rows.stream().filter(row -> row.status() == status).toList();
    }
}
