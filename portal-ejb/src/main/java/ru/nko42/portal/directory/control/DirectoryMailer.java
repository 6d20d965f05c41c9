package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;

/** Writes the directory's mails to the outbox in the transaction that asked for them: they leave if it commits. */
@ApplicationScoped
public class DirectoryMailer {

    private static final MailTexts TEXTS =
            new MailTexts("ru.nko42.portal.directory.control.DirectoryMail", DirectoryMailer.class.getClassLoader());

    @Inject
    OutboxStore outbox;

    void queue(@Observes DirectoryMailRequested request) {
        outbox.enqueue(compose(request));
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
