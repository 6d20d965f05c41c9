package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.audit.control.AuditHistory;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.control.DirectoryWithdrawal;
import ru.nko42.portal.directory.control.ProfileComparison;
import ru.nko42.portal.directory.control.ProfileModeration;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ModerationItem;
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

    @Inject
    AuditHistory history;

    /**
     * A revision beside the published one, or, while nothing is published, beside the last one rejected: for the
     * moderator who decides it.
     */
    public RevisionComparison compare(long revisionId, Locale locale) {
        OrganizationRevision revision = inScope(revisionId);
        OrganizationRevision published = revision.getOrganization().getPublishedRevision();
        if (published != null) {
            return ProfileComparison.of(revision, published, RevisionComparison.Base.PUBLISHED, locale);
        }
        OrganizationRevision rejected = em.createNamedQuery(
                        OrganizationRevision.FIND_BY_ORGANIZATION, OrganizationRevision.class)
                .setParameter("organization", revision.getOrganization())
                .getResultStream()
                .filter(earlier ->
                        earlier.getNumber() < revision.getNumber() && earlier.getState() == RevisionState.REJECTED)
                .findFirst()
                .orElse(null);
        return ProfileComparison.of(revision, rejected, RevisionComparison.Base.REJECTED, locale);
    }

    /** Whether the caller moderates the organization's municipality (and so may take it out of the directory). */
    public boolean moderates(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        return organization != null
                && scope.ofCaller().includes(organization.getMunicipality().getId());
    }

    /** An organization of the caller's municipalities, for its moderation page. */
    public ModeratedOrganization organization(long organizationId) {
        if (!moderates(organizationId)) {
            throw new NotPermittedException();
        }
        Organization organization = em.find(Organization.class, organizationId);
        Long pending = em.createNamedQuery(OrganizationRevision.FIND_BY_ORGANIZATION, OrganizationRevision.class)
                .setParameter("organization", organization)
                .setMaxResults(1)
                .getResultStream()
                .filter(revision -> revision.getState() == RevisionState.PENDING)
                .flatMap(revision -> queue.openItem(ProfileModeration.KIND, revision.getId()).stream())
                .map(ModerationItem::getId)
                .findFirst()
                .orElse(null);
        return new ModeratedOrganization(
                organization.getId(),
                organization.displayName(),
                organization.getKind(),
                organization.getMunicipality().getNameRu(),
                organization.getMunicipality().getNameEn(),
                organization.getState(),
                organization.getSlug(),
                pending);
    }

    /** What was done to an organization of the caller's municipalities, newest first. */
    public List<AuditRow> history(long organizationId) {
        if (!moderates(organizationId)) {
            throw new NotPermittedException();
        }
        return history.of(AuditItem.ORGANIZATION, organizationId);
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
        if (!moderates(organizationId)) {
            throw new NotPermittedException();
        }
        withdrawal.withdraw(em.find(Organization.class, organizationId), outcome, why);
    }

    public void archive(long organizationId, String reason) {
        withdrawFromDirectory(organizationId, PublicationState.ARCHIVED, reason);
    }

    private OrganizationRevision inScope(long revisionId) {
        OrganizationRevision revision = em.find(OrganizationRevision.class, revisionId);
        if (revision == null
                || !scope.ofCaller().includes(revision.getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        return revision;
    }

    private void decide(long revisionId, Decision decision, String reason) {
        inScope(revisionId);
        long itemId = queue.latestItem(ProfileModeration.KIND, revisionId)
                .orElseThrow(AlreadyDecidedException::new)
                .getId();
        moderation.decide(itemId, decision, reason);
    }
}
