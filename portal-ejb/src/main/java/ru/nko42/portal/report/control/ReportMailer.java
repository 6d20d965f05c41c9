package ru.nko42.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;

/**
 * Forwards a report to a representative of the organization, in their language, through the outbox of the deciding
 * transaction. The sender's contact is not forwarded: the citizen gave it to the portal's moderators, not to the
 * organization.
 */
@Dependent
public class ReportMailer {

    static final String FORWARDED = "REPORT_FORWARDED";

    private static final MailTexts TEXTS =
            new MailTexts("ru.nko42.portal.report.control.ReportMail", ReportMailer.class.getClassLoader());

    @Inject
    OutboxStore outbox;

    public void forward(Account representative, Organization organization, String text) {
        outbox.enqueue(compose(
                representative.getEmail(),
                representative.getLanguage(),
                organization.displayName(),
                organization.getId(),
                text));
    }

    static OutgoingMail compose(
            String email, String language, String organizationName, long organizationId, String text) {
        return TEXTS.compose(
                email,
                language,
                FORWARDED,
                organizationName,
                PortalAddress.of("/account/organization?id=" + organizationId),
                text);
    }
}
