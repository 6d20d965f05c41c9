package ru.nko42.portal.events.boundary;

import java.time.Instant;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.model.events.EventFormat;

/**
 * An event's own fields as the editor's form carries them: start and end (instants; the form types them in Kuzbass
 * time), format, place, municipality code, optional coordinates, online link, capacity (null: unlimited), whether
 * registration is open and its deadline (null: until the start).
 */
public record EventInfo(
        Instant startsAt,
        Instant endsAt,
        EventFormat format,
        String placeName,
        String address,
        String municipalityCode,
        Double latitude,
        Double longitude,
        String onlineLink,
        Integer capacity,
        boolean registrationOpen,
        Instant registrationDeadline)
        implements PieceDetails {

    private static final long serialVersionUID = 1L;
}
