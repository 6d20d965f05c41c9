package ru.nko42.portal.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.nko42.portal.mail.control.BackOff;
import ru.nko42.portal.model.mail.OutboxMessage;
import ru.nko42.portal.model.mail.OutboxState;

/**
 * The outbox table: services write their mails into it in their own transaction; senders take due mails one by
 * one, each in a transaction of its own, so two senders never take the same mail and a crashed one's mail comes
 * back after {@link #LEASE}.
 */
@Stateless
@PermitAll
public class OutboxStore {

    /** How long a sender holds a mail it took; far longer than the mail session's timeouts (10 s + 20 s). */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final List<OutboxState> TAKEABLE = List.of(OutboxState.PENDING, OutboxState.SENDING);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    /** Writes the mail to the outbox in the caller's transaction: it is sent only if that transaction commits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        OutboxMessage message = new OutboxMessage(mail.to(), mail.subject(), mail.text(), Instant.now());
        if (mail.attachment() != null) {
            MailAttachment file = mail.attachment();
            message.attach(file.name(), file.contentType(), file.content());
        }
        em.persist(message);
        queued.fire(new MailQueued());
    }

    /** The ids of at most {@code limit} mails due at {@code now}, those waiting longest first. */
    public List<Long> due(Instant now, int limit) {
        return em.createNamedQuery(OutboxMessage.DUE, Long.class)
                .setParameter("states", TAKEABLE)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Takes the mail if it is still due at {@code now}: empty when it is not, or another sender was quicker. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutgoingMail> take(long id, Instant now) {
        int taken = em.createNamedQuery(OutboxMessage.CLAIM)
                .setParameter("sending", OutboxState.SENDING)
                .setParameter("leaseEnd", now.plus(LEASE))
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("states", TAKEABLE)
                .executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        MailAttachment file = message.getAttachmentName() == null
                ? null
                : new MailAttachment(
                        message.getAttachmentName(), message.getAttachmentType(), message.getAttachmentContent());
        return Optional.of(new OutgoingMail(message.getRecipient(), message.getSubject(), message.getText(), file));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        taken(id).ifPresent(message -> message.sent(now));
    }

    /**
     * Records a failed attempt and when the next one is due; a mail that has been tried for two days is given up.
     *
     * @return the attempt's outcome, for the log
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<FailedAttempt> notSent(long id, String error, Instant now) {
        return taken(id).map(message -> {
            Instant next = BackOff.nextAttempt(message.getAttempts() + 1, now).orElse(null);
            message.notSent(error, next, now);
            return new FailedAttempt(message.getAttempts(), next);
        });
    }

    /** The mail as its sender left it, unless its lease ran out and it went back to the queue meanwhile. */
    private Optional<OutboxMessage> taken(long id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id))
                .filter(message -> message.getState() == OutboxState.SENDING);
    }

    /** The count of attempts after a failed one, and when the next is due (null: given up). */
    public record FailedAttempt(int attempts, Instant nextAttempt) {}
}
