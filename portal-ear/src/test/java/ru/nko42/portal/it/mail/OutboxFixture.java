package ru.nko42.portal.it.mail;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.model.mail.OutboxMessage;

/** Writes and reads outbox rows for {@link OutboxIT}, each call in a transaction of its own. */
@Stateless
public class OutboxFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    OutboxStore outbox;

    /** A mail due only at {@code dueAt}: with a time far ahead, no sender running on the real clock takes it. */
    public long writeDueAt(OutgoingMail mail, Instant dueAt) {
        OutboxMessage message = new OutboxMessage(mail.to(), mail.subject(), mail.text(), dueAt);
        em.persist(message);
        em.flush();
        return message.getId();
    }

    /** A mail given up after two days of attempts. */
    public long writeFailed(OutgoingMail mail) {
        Instant now = Instant.now();
        OutboxMessage message = new OutboxMessage(mail.to(), mail.subject(), mail.text(), now);
        message.notSent("Mail not sent through test:25: 550 mailbox unavailable", null, now);
        em.persist(message);
        em.flush();
        return message.getId();
    }

    /** As a service does it: in its transaction, which then commits. */
    public void queue(OutgoingMail mail) {
        outbox.enqueue(mail);
    }

    /** As a service whose transaction fails after asking for the mail. */
    public void queueAndFail(OutgoingMail mail) {
        outbox.enqueue(mail);
        throw new IllegalStateException("The decision failed after asking for its mail");
    }

    public OutboxMessage find(long id) {
        return em.find(OutboxMessage.class, id);
    }

    public List<OutboxMessage> to(String recipient) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :to", OutboxMessage.class)
                .setParameter("to", recipient)
                .getResultList();
    }
}
