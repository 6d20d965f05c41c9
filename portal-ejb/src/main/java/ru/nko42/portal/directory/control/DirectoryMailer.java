package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.MailService;
import ru.nko42.portal.mail.boundary.OutgoingMail;

/** Writes and sends the directory's mails once the transaction that asked for them has committed. */
@ApplicationScoped
public class DirectoryMailer {

    private static final Logger LOG = Logger.getLogger(DirectoryMailer.class.getName());
    private static final String BUNDLE = "ru.nko42.portal.directory.control.DirectoryMail";

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
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(request.language() == null ? "ru" : request.language()),
                DirectoryMailer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "mail." + request.kind().name();
        String detail = request.detail() == null ? "" : request.detail();
        String text = MessageFormat.format(
                texts.getString(key + ".text"), request.organizationName(), PortalAddress.of(request.path()), detail);
        String subject = MessageFormat.format(texts.getString(key + ".subject"), oneLine(request.organizationName()));
        return new OutgoingMail(request.email(), subject, text);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
