package ru.nko42.portal.events.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.events.EventFormat;

/**
 * An event as visitors see it: the piece, when, how and where, and how registration stands. The online link is
 * not here: participants get it by mail. {@code placesLeft} is null for an event without a capacity.
 */
public record PublicEvent(
        PublicPiece piece,
        Instant startsAt,
        Instant endsAt,
        EventFormat format,
        String placeName,
        String address,
        String municipalityCode,
        Double latitude,
        Double longitude,
        Integer capacity,
        Integer placesLeft,
        long waiting,
        boolean registrationOpen,
        Instant registrationDeadline,
        boolean past)
        implements Serializable {

    public String slug() {
        return piece.slug();
    }

    public String title() {
        return piece.title();
    }

    public boolean hasMap() {
        return latitude != null && longitude != null && format.inPerson();
    }

    /** No place is free: a registration goes to the waiting list. */
    public boolean full() {
        return placesLeft != null && placesLeft <= 0;
    }
}
