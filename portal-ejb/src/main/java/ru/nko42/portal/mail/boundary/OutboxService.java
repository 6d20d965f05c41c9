package ru.nko42.portal.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.model.mail.OutboxMessage;
import ru.nko42.portal.model.mail.OutboxState;

/** The outbox as administrators see it: how many mails in each state, the newest first, and "try again now". */
@Stateless
@RolesAllowed("ADMIN")
public class OutboxService {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    /** The number of mails in every state, zero included. */
    public Map<OutboxState, Long> counts() {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        for (OutboxState state : OutboxState.values()) {
            counts.put(state, 0L);
        }
        em.createNamedQuery(OutboxMessage.COUNT_BY_STATE, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((OutboxState) row[0], (Long) row[1]));
        return counts;
    }

    /** Page {@code page} (from 0) of the mails in {@code state}, or of all when it is null, newest first. */
    public List<OutboxEntry> page(OutboxState state, int page) {
        TypedQuery<OutboxMessage> query = state == null
                ? em.createNamedQuery(OutboxMessage.NEWEST, OutboxMessage.class)
                : em.createNamedQuery(OutboxMessage.NEWEST_IN_STATE, OutboxMessage.class)
                        .setParameter("state", state);
        return query.setFirstResult(Math.max(page, 0) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList().stream()
                .map(OutboxEntry::of)
                .toList();
    }

    /**
     * Puts a given-up mail back in the queue with two more days of attempts and sends it soon.
     *
     * @return false when the mail is not (or no longer) FAILED
     */
    public boolean retry(long id) {
        Instant now = Instant.now();
        int updated = em.createNamedQuery(OutboxMessage.RETRY)
                .setParameter("pending", OutboxState.PENDING)
                .setParameter("failed", OutboxState.FAILED)
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate();
        if (updated == 1) {
            queued.fire(new MailQueued());
        }
        return updated == 1;
    }
}
