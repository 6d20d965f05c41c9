package ru.nko42.portal.services.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.control.MailTexts;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.services.SocialService;

/**
 * Tells the author of a listing, in their language, what a moderator decided about it: written to the outbox in the
 * deciding transaction, so it leaves only if the decision commits.
 */
@Dependent
public class ServiceMailer {

    /** What happened to the listing; the kinds of the mail texts. */
    public enum Kind {
        SERVICE_PUBLISHED,
        SERVICE_REJECTED,
        SERVICE_CHANGES_REQUESTED,
        SERVICE_ARCHIVED,
        SERVICE_UNPUBLISHED
    }

    private static final MailTexts TEXTS =
            new MailTexts("ru.nko42.portal.services.control.ServiceMail", ServiceMailer.class.getClassLoader());

    @Inject
    OutboxStore outbox;

    public void tell(Account recipient, Kind kind, SocialService service, String reason) {
        String path = kind == Kind.SERVICE_PUBLISHED
                ? "/service?id=" + service.getId()
                : "/account/service?id=" + service.getId();
        outbox.enqueue(TEXTS.compose(
                recipient.getEmail(),
                recipient.getLanguage(),
                kind.name(),
                service.getName(),
                PortalAddress.of(path),
                reason == null ? "" : reason,
                service.getOrganization().displayName()));
    }
}
