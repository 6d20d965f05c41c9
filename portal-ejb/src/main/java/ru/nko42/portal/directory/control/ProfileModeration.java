package ru.nko42.portal.directory.control;

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
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.ModerationSubject;
import ru.nko42.portal.moderation.control.ModerationQueue;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;

/**
 * A submitted profile revision in the queue. Approving publishes it in place of the published one; rejecting and
 * requesting changes send it back with the moderator's words (a rejected revision is kept as it is and the next
 * save starts a new one; one sent back for changes is edited itself). The representatives get a mail either way.
 */
@Dependent
public class ProfileModeration implements ModerationSubject {

    public static final String KIND = "profile";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Tells the service search that what citizens find of the organization's services may have changed. */
    @Inject
    Event<OrganizationListingChanged> listingChanged;

    @Inject
    RepresentativeMail mail;

    @Inject
    ModerationQueue queue;

    Clock clock = Clock.systemUTC();

    /** Submits a saved revision: it waits in the queue of its municipality. */
    public void submit(OrganizationRevision revision) {
        revision.submitted(clock.instant());
        em.flush();
        queue.enqueue(
                KIND,
                revision.getId(),
                revision.getOrganization(),
                revision.getMunicipality(),
                revision.getDetails().displayName());
    }

    /** Takes a submitted revision back to draft and out of the queue. */
    public void withdraw(OrganizationRevision revision) {
        revision.withdrawn();
        queue.withdraw(KIND, revision.getId());
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
        OrganizationRevision revision = em.find(OrganizationRevision.class, item.getSubjectId());
        RevisionState outcome = queue.decideRevision(OrganizationRevision.DECIDE, revision.getId(), decision);
        em.refresh(revision);
        revision.decided(outcome, moderator, clock.instant(), reason);
        Organization organization = revision.getOrganization();
        PublicationState was = organization.getState();
        if (decision == Decision.APPROVED) {
            OrganizationRevision previous = organization.getPublishedRevision();
            if (previous != null) {
                previous.superseded();
            }
            organization.publish(revision, Slug.of(revision));
            // an approval verifies the data (publish sets it verified): a question of staleness is answered
            queue.withdraw(StaleModeration.KIND, organization.getId());
        }
        em.flush();
        if (decision == Decision.APPROVED) {
            listingChanged.fire(new OrganizationListingChanged(organization.getId()));
        }
        Map<String, Object> after =
                Changes.of("revision", revision.getId(), "state", outcome, "organization", organization.getState());
        if (reason != null) {
            after.put("reason", reason);
        }
        audit.record(
                auditAction(decision),
                AuditItem.ORGANIZATION,
                organization.getId(),
                Changes.of("state", RevisionState.PENDING, "organization", was),
                after);
        mail.toRepresentatives(organization, mailKind(decision), pathAfter(decision, organization), reason);
    }

    private static String auditAction(Decision decision) {
        return switch (decision) {
            case APPROVED -> "organization.revision.approve";
            case REJECTED -> "organization.revision.reject";
            case CHANGES_REQUESTED -> "organization.revision.requestChanges";
        };
    }

    private static DirectoryMailRequested.Kind mailKind(Decision decision) {
        return switch (decision) {
            case APPROVED -> DirectoryMailRequested.Kind.REVISION_PUBLISHED;
            case REJECTED -> DirectoryMailRequested.Kind.REVISION_REJECTED;
            case CHANGES_REQUESTED -> DirectoryMailRequested.Kind.REVISION_CHANGES_REQUESTED;
        };
    }

    private static String pathAfter(Decision decision, Organization organization) {
        return decision == Decision.APPROVED
                ? "/organizations/" + organization.getId() + "-" + organization.getSlug()
                : "/account/organization?id=" + organization.getId();
    }
}
