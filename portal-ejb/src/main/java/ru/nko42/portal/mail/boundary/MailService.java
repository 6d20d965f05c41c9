package ru.nko42.portal.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Logger;
import ru.nko42.portal.mail.control.MailComposer;
import ru.nko42.portal.mail.control.MailFailures;

/**
 * Sends the portal's mail through WildFly's mail session {@code java:jboss/mail/portal} (server, sender, TLS and
 * login are the server's configuration: PORTAL_SMTP_*, PORTAL_MAIL_FROM). Called by other services, not by pages.
 * A mail that cannot be sent is one WARNING line in the log (no stack trace) and a {@link MailNotSentException}.
 */
@Stateless
@PermitAll
public class MailService {

    private static final Logger LOG = Logger.getLogger(MailService.class.getName());

    @Resource(lookup = "java:jboss/mail/portal")
    private Session session;

    public MailService() {}

    /** Outside the container, with a session of the test's own. */
    MailService(Session session) {
        this.session = session;
    }

    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = MailComposer.compose(session, mail.to(), mail.subject(), mail.text());
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
            if (MailFailures.isUnreachable(e)) {
                LOG.warning("PORTAL MAIL SERVER UNREACHABLE at " + server + ": " + cause
                        + ". Set PORTAL_SMTP_HOST and PORTAL_SMTP_PORT; the mail was not sent.");
            } else {
                LOG.warning("Mail not sent through " + server + ": " + cause);
            }
            throw new MailNotSentException("Mail not sent through " + server + ": " + cause, e);
        }
    }
}
