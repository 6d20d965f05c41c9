package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.ClaimState;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationClaim;
import ru.nko42.portal.model.directory.Representative;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.ModerationSubject;
import ru.nko42.portal.moderation.control.ModerationQueue;

/**
 * A request to represent an organization, in the queue of its municipality. A moderator or one of the
 * organization's representatives decides it; accepting makes the claimant a representative.
 */
@Dependent
public class ClaimModeration implements ModerationSubject {

    public static final String KIND = "claim";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModerationQueue queue;

    @Inject
    OrganizationAccess access;

    @Inject
    Event<DirectoryMailRequested> mail;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public void submit(OrganizationClaim claim) {
        Organization organization = claim.getOrganization();
        queue.enqueue(KIND, claim.getId(), organization, organization.getMunicipality(), organization.displayName());
    }

    /** A decision of a representative: taken on the claim's queue item, as a moderator's would be. */
    public void decideAsRepresentative(OrganizationClaim claim, Decision decision, Account representative, String why) {
        ModerationItem item = queue.latestItem(KIND, claim.getId())
                .orElseThrow(() -> new IllegalStateException("claim " + claim.getId() + " was never queued"));
        queue.decide(item, decision, representative, why);
        apply(item, decision, representative, why);
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
    public void apply(ModerationItem item, Decision decision, Account decider, String reason) {
        OrganizationClaim claim = em.find(OrganizationClaim.class, item.getSubjectId());
        boolean accept = decision == Decision.APPROVED;
        claim.decided(accept ? ClaimState.ACCEPTED : ClaimState.DECLINED, decider, clock.instant(), reason);
        Organization organization = claim.getOrganization();
        Account claimant = claim.getClaimant();
        if (accept && !access.represents(organization, claimant)) {
            em.persist(new Representative(organization, claimant));
        }
        mail.fire(new DirectoryMailRequested(
                accept ? DirectoryMailRequested.Kind.CLAIM_ACCEPTED : DirectoryMailRequested.Kind.CLAIM_DECLINED,
                claimant.getEmail(),
                claimant.getLanguage(),
                organization.displayName(),
                "/account/",
                reason));
        em.flush();
        audit.record(
                "organization.claim.decide",
                AuditItem.ORGANIZATION,
                organization.getId(),
                Changes.of("claim", claim.getId(), "state", ClaimState.PENDING),
                Changes.of(
                        "claim",
                        claim.getId(),
                        "state",
                        claim.getState(),
                        "claimant",
                        claimant.getEmail(),
                        "reason",
                        reason));
    }
}
