package ru.nko42.portal.report.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.function.Function;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.audit.control.ClientAddress;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.model.report.CitizenReport;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.moderation.control.ModerationQueue;
import ru.nko42.portal.moderation.control.QueueQuery;
import ru.nko42.portal.report.control.ReportLimit;
import ru.nko42.portal.report.control.ReportModeration;
import ru.nko42.portal.report.control.ReportRules;
import ru.nko42.portal.report.control.ReportRules.CleanReport;
import ru.nko42.portal.report.control.SenderHash;

/**
 * "Report an error" on a public profile, for anyone without an account: the report waits for the moderators of the
 * organization's municipality. A robot that fills in the hidden field is told the report was sent, and nothing is
 * kept; one address sends at most {@link ReportLimit#perHour()} reports an hour. The sender's address is kept only as
 * a keyed hash, and neither it nor the contact reaches the audit log.
 */
@Stateless
@PermitAll
public class CitizenReportService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SenderHash senderHash;

    @Inject
    ReportModeration moderation;

    @Inject
    ModerationQueue queue;

    @Inject
    ModeratorScope scope;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Sends a report about the public profile of an organization.
     *
     * @throws NotPermittedException if the organization is unknown or not published
     * @throws TooManyReportsException if the sender's address has used up its reports for the hour
     * @throws InvalidReportException if the text is missing or too long, or the contact too long
     */
    public void report(long organizationId, ReportForm form) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null || organization.getState() != PublicationState.PUBLISHED) {
            throw new NotPermittedException();
        }
        submit(
                form,
                clean -> CitizenReport.aboutOrganization(organization, clean.text(), clean.contact(), clean.sender()));
    }

    /**
     * Sends a report about the public page of a service: it waits in the queue of the service organization's
     * municipality, titled with the service's name.
     *
     * @throws NotPermittedException if the service is unknown or not public
     * @throws TooManyReportsException if the sender's address has used up its reports for the hour
     * @throws InvalidReportException if the text is missing or too long, or the contact too long
     */
    public void reportService(long serviceId, ReportForm form) {
        SocialService service = em.find(SocialService.class, serviceId);
        if (service == null || !service.isPublic()) {
            throw new NotPermittedException();
        }
        submit(form, clean -> CitizenReport.aboutService(service, clean.text(), clean.contact(), clean.sender()));
    }

    private record Checked(String text, String contact, String sender) {}

    private void submit(ReportForm form, Function<Checked, CitizenReport> making) {
        if (ReportRules.isTrapped(form)) {
            return;
        }
        String sender = senderHash.of(address());
        long recent = em.createNamedQuery(CitizenReport.COUNT_FROM_SENDER_SINCE, Long.class)
                .setParameter("sender", sender)
                .setParameter("since", clock.instant().minus(ReportLimit.WINDOW))
                .getSingleResult();
        if (recent >= ReportLimit.perHour()) {
            throw new TooManyReportsException();
        }
        CleanReport clean = ReportRules.check(form);
        CitizenReport report = making.apply(new Checked(clean.text(), clean.contact(), sender));
        em.persist(report);
        em.flush();
        moderation.submit(report);
        Organization organization = report.getOrganization();
        audit.recordWithoutAddress(
                "organization.report.submit",
                AuditItem.ORGANIZATION,
                organization.getId(),
                null,
                Changes.of(
                        "report",
                        report.getId(),
                        "subject",
                        report.getSubjectType(),
                        "subjectId",
                        report.getSubjectId()));
    }

    /**
     * A report as the moderator deciding it reads it, contact included.
     *
     * @throws NotPermittedException if there is no such report, or it waits outside the caller's municipalities
     */
    @RolesAllowed({"ADMIN", "MODERATOR"})
    public ReportView forModerator(long reportId) {
        CitizenReport report = em.find(CitizenReport.class, reportId);
        ModerationItem item = report == null
                ? null
                : queue.latestItem(ReportModeration.KIND, reportId).orElse(null);
        if (item == null || !QueueQuery.includes(scope.ofCaller(), item)) {
            throw new NotPermittedException();
        }
        Organization organization = report.getOrganization();
        return new ReportView(
                report.getId(),
                report.getSubjectType(),
                report.getSubjectId(),
                organization.getId(),
                organization.displayName(),
                organization.getState() == PublicationState.PUBLISHED ? profilePath(organization) : null,
                report.getText(),
                report.getContact(),
                report.getCreatedAt(),
                report.getService() == null ? null : report.getService().getName(),
                report.getService() == null || !report.getService().isPublic()
                        ? null
                        : "/service?id=" + report.getService().getId());
    }

    private static String profilePath(Organization organization) {
        String slug = organization.getSlug();
        return "/organizations/" + organization.getId() + (slug == null || slug.isBlank() ? "" : "-" + slug);
    }

    private String address() {
        try {
            return clientAddress.get();
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
