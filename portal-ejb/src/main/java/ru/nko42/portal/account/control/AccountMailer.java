package ru.nko42.portal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import ru.nko42.portal.account.boundary.AccountMailRequested;
import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.MailService;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;

/**
 * Writes and sends the account mails once the transaction that asked for them has committed, in the holder's
 * language. A mail that cannot be sent is logged; the holder can ask for it again.
 */
@ApplicationScoped
public class AccountMailer {

    private static final Logger LOG = Logger.getLogger(AccountMailer.class.getName());
    private static final MailTexts TEXTS =
            new MailTexts("ru.nko42.portal.account.control.AccountMail", AccountMailer.class.getClassLoader());

    @Inject
    MailService mailService;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMailRequested request) {
        try {
            mailService.send(compose(request));
        } catch (MailNotSentException e) {
            LOG.warning(() -> "Account mail not sent: " + request + ": " + e.getMessage());
        }
    }

    static OutgoingMail compose(AccountMailRequested request) {
        return TEXTS.compose(
                request.email(),
                request.language(),
                request.kind().name(),
                request.displayName(),
                PortalAddress.of(path(request)));
    }

    private static String path(AccountMailRequested request) {
        return switch (request.kind()) {
            case CONFIRM_EMAIL -> "/confirm-email?token=" + request.token();
            case RESET_PASSWORD -> "/reset-password?token=" + request.token();
            case ALREADY_REGISTERED -> "/forgot-password";
        };
    }
}
