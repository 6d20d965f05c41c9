package ru.nko42.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventRegistration;
import ru.nko42.portal.model.events.RegistrationStatus;

/**
 * The places of an event and its waiting list. Every change takes the event's row with {@code SELECT ... FOR
 * UPDATE} first, in the caller's transaction: registrations and cancellations of one event then happen one after
 * another, so the count of confirmed places is never read stale and an event is never overbooked.
 */
@ApplicationScoped
public class EventSeats {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The event's details, locked until the transaction ends; empty for a piece that is no event. */
    public Optional<EventDetails> lock(long eventId) {
        return Optional.ofNullable(em.find(EventDetails.class, eventId, LockModeType.PESSIMISTIC_WRITE));
    }

    public long count(long eventId, RegistrationStatus status) {
        return em.createNamedQuery(EventRegistration.COUNT_BY_STATUS, Long.class)
                .setParameter("event", eventId)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Whether a new registration of the (locked) event gets a place rather than a turn in the waiting list. */
    public boolean placeFree(EventDetails locked) {
        return locked.getCapacity() == null
                || count(locked.getPieceId(), RegistrationStatus.CONFIRMED) < locked.getCapacity();
    }

    /**
     * Cancels the registration of the locked event; when it held a place, the first in the waiting list gets it.
     *
     * @return the registration that moved up, if any
     */
    public Optional<EventRegistration> cancel(EventDetails locked, EventRegistration registration, Instant now) {
        boolean hadPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(now);
        em.flush();
        if (!hadPlace || !placeFree(locked)) {
            return Optional.empty();
        }
        Optional<EventRegistration> first = em.createNamedQuery(EventRegistration.QUEUE, EventRegistration.class)
                .setParameter("event", locked.getPieceId())
                .setParameter("status", RegistrationStatus.WAITING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        first.ifPresent(next -> next.confirm(now));
        return first;
    }
}
