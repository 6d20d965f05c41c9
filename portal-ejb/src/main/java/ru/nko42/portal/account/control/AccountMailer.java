package ru.nko42.portal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.nko42.portal.account.boundary.AccountMailRequested;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;

/**
 * Writes the account mails, in the holder's language, to the outbox in the transaction that asked for them: they
 * leave only if it commits, and the outbox keeps trying while the mail server is away.
 */
@ApplicationScoped
public class AccountMailer {

    private static final MailTexts TEXTS =
            new MailTexts("ru.nko42.portal.account.control.AccountMail", AccountMailer.class.getClassLoader());

    @Inject
    OutboxStore outbox;

    void queue(@Observes AccountMailRequested request) {
        outbox.enqueue(compose(request));
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
