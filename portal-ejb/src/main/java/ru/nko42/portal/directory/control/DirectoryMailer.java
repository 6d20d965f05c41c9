package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.MailService;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;

/** Writes and sends the directory's mails once the transaction that asked for them has committed. */
@ApplicationScoped
public class DirectoryMailer {

    private static final Logger LOG = Logger.getLogger(DirectoryMailer.class.getName());
    private static final MailTexts TEXTS =
            new MailTexts("ru.nko42.portal.directory.control.DirectoryMail", DirectoryMailer.class.getClassLoader());

    @Inject
    MailService mailService;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryMailRequested request) {
        try {
            mailService.send(compose(request));
        } catch (MailNotSentException e) {
            LOG.warning(() -> "Directory mail not sent: " + request + ": " + e.getMessage());
        }
    }

    static OutgoingMail compose(DirectoryMailRequested request) {
        return TEXTS.compose(
                request.email(),
                request.language(),
                request.kind().name(),
                request.organizationName(),
                PortalAddress.of(request.path()),
                request.detail() == null ? "" : request.detail());
    }
}
