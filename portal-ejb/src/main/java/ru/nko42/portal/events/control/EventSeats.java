package ru.nko42.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventRegistration;
import ru.nko42.portal.model.events.RegistrationStatus;

/**
 * The places of an event and its waiting list. Every change takes the event's row with {@code SELECT ... FOR
 * UPDATE} first, in the caller's transaction: registrations and cancellations of one event then happen one after
 * another. What is read under that lock is read with locking reads too: under InnoDB's REPEATABLE READ a plain
 * read could see the snapshot of before the lock was granted and miss a place just taken, and the event would be
 * overbooked.
 */
@ApplicationScoped
public class EventSeats {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The event's details, locked until the transaction ends; empty for a piece that is no event. */
    public Optional<EventDetails> lock(long eventId) {
        return Optional.ofNullable(em.find(EventDetails.class, eventId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The registrations of the event in {@code status} now (a locking read: the latest committed rows). */
    public long count(long eventId, RegistrationStatus status) {
        Object count = em.createNativeQuery(
                        "SELECT COUNT(*) FROM event_registration WHERE event_id = ? AND status = ? FOR UPDATE")
                .setParameter(1, eventId)
                .setParameter(2, status.name())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /** The registration as it is now, locked until the transaction ends. */
    public Optional<EventRegistration> current(long registrationId) {
        return Optional.ofNullable(em.find(EventRegistration.class, registrationId, LockModeType.PESSIMISTIC_WRITE));
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
        return hadPlace ? fill(locked, now).stream().findFirst() : Optional.empty();
    }

    /**
     * Gives the free places of the locked event to those waiting, first come first (after a cancellation, or when
     * the editors raised the capacity).
     *
     * @return the registrations that moved up, in order
     */
    public List<EventRegistration> fill(EventDetails locked, Instant now) {
        List<EventRegistration> moved = new ArrayList<>();
        while (placeFree(locked)) {
            Optional<EventRegistration> first = em.createNamedQuery(EventRegistration.QUEUE, EventRegistration.class)
                    .setParameter("event", locked.getPieceId())
                    .setParameter("status", RegistrationStatus.WAITING)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (first.isEmpty()) {
                break;
            }
            first.get().confirm(now);
            em.flush();
            moved.add(first.get());
        }
        return moved;
    }
}
