package ru.nko42.portal.mail.control;

import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.OutgoingMail;

/** Where the outbox hands its mails over: the portal's mail session ({@code MailService::send}) in production. */
@FunctionalInterface
public interface MailChannel {

    /** Hands the mail to the mail server, or throws {@link MailNotSentException} saying why not in one line. */
    void send(OutgoingMail mail);
}
