package ru.nko42.portal.mail.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutboxStore.FailedAttempt;
import ru.nko42.portal.mail.boundary.OutgoingMail;

/**
 * One run of the outbox: takes the due mails one by one and hands each to the mail channel, recording the outcome.
 * A failure is one WARNING line naming the mail's id, never its text. When the mail server cannot be reached the
 * run stops: the other mails would only fail the same way, and keep their turn.
 */
public final class OutboxDelivery {

    static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final OutboxStore store;
    private final MailChannel channel;

    public OutboxDelivery(OutboxStore store, MailChannel channel) {
        this.store = store;
        this.channel = channel;
    }

    /** Sends what is due at {@code now}; returns how many mails were handed over. */
    public int sendDue(Instant now) {
        int sent = 0;
        List<Long> due;
        do {
            due = store.due(now, BATCH);
            for (long id : due) {
                Attempt attempt = attempt(id, now);
                if (attempt == Attempt.SENT) {
                    sent++;
                } else if (attempt == Attempt.SERVER_UNREACHABLE) {
                    return sent;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    /** Tries one mail, if it is due at {@code now} and no other sender has taken it. */
    public Attempt attempt(long id, Instant now) {
        Optional<OutgoingMail> mail = store.take(id, now);
        if (mail.isEmpty()) {
            return Attempt.NOT_DUE;
        }
        try {
            channel.send(mail.get());
        } catch (MailNotSentException e) {
            String reason = MailFailures.oneLine(e);
            store.notSent(id, reason, now).ifPresent(outcome -> LOG.warning(line(id, outcome, reason)));
            return MailFailures.isUnreachable(e) ? Attempt.SERVER_UNREACHABLE : Attempt.FAILED;
        }
        store.sent(id, now);
        return Attempt.SENT;
    }

    static String line(long id, FailedAttempt outcome, String reason) {
        return "Outbox mail " + id + " not sent (attempt " + outcome.attempts() + ", "
                + (outcome.nextAttempt() == null ? "given up" : "next at " + outcome.nextAttempt()) + "): " + reason;
    }

    /** What came of one mail's turn. */
    public enum Attempt {
        SENT,
        FAILED,
        SERVER_UNREACHABLE,
        /** Not due, or taken by another sender: nothing was tried. */
        NOT_DUE
    }
}
