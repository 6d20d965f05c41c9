package ru.nko42.portal.services.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.moderation.boundary.ModerationSubject;
import ru.nko42.portal.moderation.control.ModerationQueue;
import ru.nko42.portal.services.boundary.ServiceListingChanged;

/**
 * A submitted service revision in the queue of its organization's municipality. Approving publishes it in place of
 * the published one (which is superseded) and tells the search; requesting changes sends it back to be edited
 * itself; rejecting keeps it as it is with the reason, and the next save starts a new revision. The published
 * revision stays public throughout. The author gets a mail for each decision.
 */
@Dependent
public class ServiceModeration implements ModerationSubject {

    public static final String KIND = "service";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModerationQueue queue;

    @Inject
    AuditLog audit;

    @Inject
    ServiceMailer mailer;

    @Inject
    Event<ServiceListingChanged> changed;

    Clock clock = Clock.systemUTC();

    /** Submits a saved revision: it waits in the queue of the organization's municipality, titled with its name. */
    public void submit(ServiceRevision revision) {
        revision.submitted(clock.instant());
        SocialService service = revision.getService();
        if (service.getState() == PublicationState.DRAFT) {
            service.setState(PublicationState.PENDING);
        }
        em.flush();
        queue.enqueue(
                KIND,
                revision.getId(),
                service.getOrganization(),
                service.getOrganization().getMunicipality(),
                revision.getDetails().getName());
    }

    /** Takes a submitted revision back to draft and out of the queue. */
    public void withdraw(ServiceRevision revision) {
        revision.withdrawn();
        SocialService service = revision.getService();
        if (service.getState() == PublicationState.PENDING) {
            service.setState(PublicationState.DRAFT);
        }
        queue.withdraw(KIND, revision.getId());
    }

    /**
     * Takes a published service out of the search, as archived or unpublished, with the reason its author reads.
     * The caller has checked who may.
     */
    public void withdrawFromPublic(SocialService service, PublicationState outcome, Account by, String reason) {
        PublicationState was = service.getState();
        service.withdrawFromPublic(outcome);
        em.flush();
        changed.fire(new ServiceListingChanged(service.getId()));
        Map<String, Object> after = Changes.of("state", outcome);
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(
                outcome == PublicationState.ARCHIVED ? "service.archive" : "service.unpublish",
                AuditItem.SERVICE,
                service.getId(),
                Changes.of("state", was),
                after);
        ServiceRevision published = service.getPublishedRevision();
        if (published != null && !by.equals(published.getAuthor())) {
            mailer.tell(
                    published.getAuthor(),
                    outcome == PublicationState.ARCHIVED
                            ? ServiceMailer.Kind.SERVICE_ARCHIVED
                            : ServiceMailer.Kind.SERVICE_UNPUBLISHED,
                    service,
                    reason);
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<Decision> decisions() {
        return EnumSet.allOf(Decision.class);
    }

    @Override
    public void apply(ModerationItem item, Decision decision, Account moderator, String reason) {
        ServiceRevision revision = em.find(ServiceRevision.class, item.getSubjectId());
        RevisionState outcome = queue.decideRevision(ServiceRevision.DECIDE, revision.getId(), decision);
        em.refresh(revision);
        revision.decided(outcome, moderator, clock.instant(), reason);
        SocialService service = revision.getService();
        PublicationState was = service.getState();
        if (decision == Decision.APPROVED) {
            ServiceRevision previous = service.getPublishedRevision();
            if (previous != null && !previous.equals(revision)) {
                previous.superseded();
            }
            service.publish(revision);
            changed.fire(new ServiceListingChanged(service.getId()));
        } else if (was == PublicationState.PENDING) {
            service.setState(PublicationState.DRAFT);
        }
        em.flush();
        Map<String, Object> after =
                Changes.of("revision", revision.getId(), "state", outcome, "service", service.getState());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(
                switch (decision) {
                    case APPROVED -> "service.revision.approve";
                    case REJECTED -> "service.revision.reject";
                    case CHANGES_REQUESTED -> "service.revision.requestChanges";
                },
                AuditItem.SERVICE,
                service.getId(),
                Changes.of("state", RevisionState.PENDING, "service", was),
                after);
        mailer.tell(
                revision.getAuthor(),
                switch (decision) {
                    case APPROVED -> ServiceMailer.Kind.SERVICE_PUBLISHED;
                    case REJECTED -> ServiceMailer.Kind.SERVICE_REJECTED;
                    case CHANGES_REQUESTED -> ServiceMailer.Kind.SERVICE_CHANGES_REQUESTED;
                },
                service,
                reason);
    }
}
