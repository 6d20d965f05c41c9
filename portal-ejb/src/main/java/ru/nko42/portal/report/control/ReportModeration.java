package ru.nko42.portal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.model.report.CitizenReport;
import ru.nko42.portal.moderation.boundary.ModerationSubject;
import ru.nko42.portal.moderation.control.ModerationQueue;

/**
 * A citizen's report in the queue of the organization's municipality. Approving forwards it by mail to each of the
 * organization's representatives (without the sender's contact); an organization without representatives has no
 * one to forward it to, and the report is simply accepted: the moderator corrects the profile or asks the Resource
 * Centre to. Rejecting dismisses it, with the reason the queue requires.
 */
@Dependent
public class ReportModeration implements ModerationSubject {

    public static final String KIND = "report";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModerationQueue queue;

    @Inject
    OrganizationAccess access;

    @Inject
    ReportMailer mailer;

    @Inject
    AuditLog audit;

    /** Puts a new report in the queue of its organization's municipality, titled with the organization's name. */
    public void submit(CitizenReport report) {
        Organization organization = report.getOrganization();
        String title = report.getService() == null
                ? organization.displayName()
                : report.getService().getName() + " — " + organization.displayName();
        queue.enqueue(
                KIND,
                report.getId(),
                organization,
                organization.getMunicipality(),
                title.length() > ModerationItem.TITLE_LENGTH ? title.substring(0, ModerationItem.TITLE_LENGTH) : title);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<Decision> decisions() {
        return EnumSet.of(Decision.APPROVED, Decision.REJECTED);
    }

    @Override
    public void apply(ModerationItem item, Decision decision, Account moderator, String reason) {
        CitizenReport report = em.find(CitizenReport.class, item.getSubjectId());
        Organization organization = report.getOrganization();
        switch (decision) {
            case APPROVED -> forward(report, organization);
            case REJECTED ->
                audit.record(
                        "organization.report.dismiss",
                        AuditItem.ORGANIZATION,
                        organization.getId(),
                        null,
                        Changes.of("report", report.getId(), "reason", reason));
            default -> throw new IllegalArgumentException("a report is not " + decision);
        }
    }

    private void forward(CitizenReport report, Organization organization) {
        List<Account> representatives = access.representativesOf(organization);
        representatives.forEach(representative -> mailer.forward(representative, organization, report.getText()));
        audit.record(
                "organization.report.forward",
                AuditItem.ORGANIZATION,
                organization.getId(),
                null,
                Changes.of(
                        "report",
                        report.getId(),
                        "forwardedTo",
                        representatives.stream().map(Account::getEmail).toList()));
    }
}
