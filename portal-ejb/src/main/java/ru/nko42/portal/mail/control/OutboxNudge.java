package ru.nko42.portal.mail.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import ru.nko42.portal.mail.boundary.MailQueued;
import ru.nko42.portal.mail.boundary.OutboxSender;

/** Once a transaction that wrote a mail has committed, asks the sender to send it now rather than at its timer. */
@ApplicationScoped
public class OutboxNudge {

    @EJB
    OutboxSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.sendSoon();
    }
}
