package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.control.DirectoryWithdrawal;
import ru.nko42.portal.directory.control.ProfileModeration;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.AlreadyDecidedException;
import ru.nko42.portal.moderation.boundary.DecisionReason;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.control.ModerationQueue;

/**
 * Moderation of profiles by what they are rather than by queue item: decisions on a pending revision (taken through
 * the queue, so the same rules hold), and taking a published organization out of the directory. Moderators act
 * within their municipalities only; anything outside them is as if it did not exist.
 */
@Stateless
@RolesAllowed({"ADMIN", "MODERATOR"})
public class RevisionDecisionService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModeratorScope scope;

    @Inject
    ModerationQueue queue;

    @Inject
    ModerationService moderation;

    @Inject
    DirectoryWithdrawal withdrawal;

    /** The revisions waiting for a decision in the caller's municipalities, oldest first. */
    public List<PendingRevision> pending() {
        MunicipalityScope mine = scope.ofCaller();
        return em
                .createNamedQuery(OrganizationRevision.FIND_PENDING, OrganizationRevision.class)
                .getResultList()
                .stream()
                .filter(revision -> mine.includes(revision.getMunicipality().getId()))
                .map(revision -> new PendingRevision(
                        revision.getId(),
                        revision.getOrganization().getId(),
                        revision.getDetails().displayName(),
                        revision.getMunicipality().getNameRu(),
                        revision.getMunicipality().getNameEn(),
                        revision.getOrganization().getPublishedRevision() == null,
                        revision.getSubmittedAt()))
                .toList();
    }

    /** Publishes a pending revision: it replaces the published one, and the representatives are told. */
    public void approve(long revisionId) {
        decide(revisionId, Decision.APPROVED, null);
    }

    /** Refuses a pending revision with a reason the representatives read; the published one stays public. */
    public void reject(long revisionId, String reason) {
        decide(revisionId, Decision.REJECTED, reason);
    }

    /** Sends a pending revision back to its representatives to be changed, with the moderator's comments. */
    public void requestChanges(long revisionId, String comments) {
        decide(revisionId, Decision.CHANGES_REQUESTED, comments);
    }

    /**
     * Takes a published organization out of the public directory as archived (it no longer works) or unpublished
     * (to be corrected), with a reason its representatives read. Its profile and history stay; the next approval
     * brings it back.
     */
    public void withdrawFromDirectory(long organizationId, PublicationState outcome, String reason) {
        String why = DecisionReason.check(Decision.REJECTED, reason);
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null
                || !scope.ofCaller().includes(organization.getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        withdrawal.withdraw(organization, outcome, why);
    }

    public void archive(long organizationId, String reason) {
        withdrawFromDirectory(organizationId, PublicationState.ARCHIVED, reason);
    }

    private void decide(long revisionId, Decision decision, String reason) {
        OrganizationRevision target = em.find(OrganizationRevision.class, revisionId);
        if (target == null
                || !scope.ofCaller().includes(target.getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        long itemId = queue.latestItem(ProfileModeration.KIND, revisionId)
                .orElseThrow(AlreadyDecidedException::new)
                .getId();
        moderation.decide(itemId, decision, reason);
    }
}
