package ru.nko42.portal.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.events.control.EventMailer;
import ru.nko42.portal.events.control.EventSeats;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventRegistration;

/**
 * Editors' view of an event's participants (with their contact details, so editors only) and cancelling one on
 * their behalf: the place goes to the first who waits, both are told by mail, and the action is audited (the
 * registration's id and status, never the person's details).
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class EventParticipantsService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    EventSeats seats;

    @Inject
    EventMailer mailer;

    @Inject
    AuditLog audit;

    public EventParticipants participants(long eventId) {
        ContentPiece piece = em.find(ContentPiece.class, eventId);
        EventDetails event = em.find(EventDetails.class, eventId);
        if (piece == null || event == null) {
            throw new InvalidInputException("event.participants.error.missing");
        }
        return new EventParticipants(
                eventId,
                piece.getTitle(),
                piece.getSlug(),
                event.getStartsAt(),
                event.getCapacity(),
                em.createNamedQuery(EventRegistration.FIND_BY_EVENT, EventRegistration.class)
                        .setParameter("event", eventId)
                        .getResultStream()
                        .map(ParticipantRow::of)
                        .toList());
    }

    /** Cancels a registration of the event for its holder; a freed place goes to the first who waits. */
    public EventParticipants cancel(long eventId, long registrationId) {
        EventDetails event =
                seats.lock(eventId).orElseThrow(() -> new InvalidInputException("event.participants.error.missing"));
        EventRegistration registration = seats.current(registrationId)
                .filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new InvalidInputException("event.participants.error.missing"));
        if (registration.isActive()) {
            ContentPiece piece = em.find(ContentPiece.class, eventId);
            var before = Changes.of("registration", registrationId, "status", registration.getStatus());
            var promoted = seats.cancel(event, registration, clock.now());
            promoted.ifPresent(next -> mailer.send(EventMailer.Kind.PROMOTED, piece, event, next, null));
            mailer.send(EventMailer.Kind.CANCELLED, piece, event, registration, null);
            var after = Changes.of(
                    "registration",
                    registrationId,
                    "status",
                    registration.getStatus(),
                    "movedUp",
                    promoted.map(EventRegistration::getId).orElse(null));
            audit.record("event.registration.cancel", AuditItem.CONTENT_PIECE, eventId, before, after);
        }
        return participants(eventId);
    }
}
