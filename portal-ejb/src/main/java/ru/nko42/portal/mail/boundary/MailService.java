package ru.nko42.portal.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import ru.nko42.portal.mail.control.MailComposer;
import ru.nko42.portal.mail.control.MailFailures;

/**
 * Sends the portal's mail through WildFly's mail session {@code java:jboss/mail/portal} (server, sender, TLS and
 * login are the server's configuration: PORTAL_SMTP_*, PORTAL_MAIL_FROM). Called by the outbox ({@link OutboxSender}),
 * which logs what went wrong: a mail that cannot be sent is a {@link MailNotSentException} saying why in one line.
 */
@Stateless
@PermitAll
public class MailService {

    @Resource(lookup = "java:jboss/mail/portal")
    private Session session;

    public MailService() {}

    /** With a session of the caller's own: a test's, outside the container or for a mail server it controls. */
    public MailService(Session session) {
        this.session = session;
    }

    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = MailComposer.compose(session, mail);
            // the login is optional, so the server configuration keeps it in session properties (portal-server.cli)
            String user = session.getProperty("mail.smtp.user");
            if (user == null || user.isEmpty()) {
                Transport.send(message);
            } else {
                Transport.send(message, user, session.getProperty("mail.smtp.password"));
            }
        } catch (MessagingException e) {
            String server = session.getProperty("mail.smtp.host") + ":" + session.getProperty("mail.smtp.port");
            String cause = MailFailures.oneLine(e);
            throw new MailNotSentException(
                    MailFailures.isUnreachable(e)
                            ? "PORTAL MAIL SERVER UNREACHABLE at " + server + ": " + cause
                                    + ". Set PORTAL_SMTP_HOST and PORTAL_SMTP_PORT; the mail was not sent."
                            : "Mail not sent through " + server + ": " + cause,
                    e);
        }
    }
}
