package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * Approving, rejecting and archiving profiles, by administrators and by moderators within their municipalities
 * (anything outside them is as if it did not exist). A decision is one conditional UPDATE of a pending revision: of
 * two decisions at once, exactly one is taken and the other is told so.
 */
@Stateless
@RolesAllowed({"ADMIN", "MODERATOR"})
public class RevisionDecisionService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    Event<DirectoryMailRequested> mail;

    @Inject
    AuditLog audit;

    @Inject
    ModeratorScope scope;

    Clock clock = Clock.systemUTC();

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
        OrganizationRevision revision = decide(revisionId, RevisionState.PUBLISHED, null);
        Organization organization = revision.getOrganization();
        PublicationState was = organization.getState();
        OrganizationRevision previous = organization.getPublishedRevision();
        if (previous != null) {
            previous.superseded();
        }
        organization.publish(revision, OrganizationProfileService.slugOf(revision));
        em.flush();
        audit.record(
                "organization.revision.approve",
                AuditItem.ORGANIZATION,
                organization.getId(),
                Changes.of("state", RevisionState.PENDING, "organization", was),
                Changes.of(
                        "revision", revisionId, "state", revision.getState(), "organization", organization.getState()));
        notifyRepresentatives(
                organization,
                DirectoryMailRequested.Kind.REVISION_PUBLISHED,
                "/organizations/" + organization.getId() + "-" + organization.getSlug(),
                null);
    }

    /** Sends a pending revision back with a reason the representatives read; the published one stays public. */
    public void reject(long revisionId, String reason) {
        String why = requiredReason(reason);
        OrganizationRevision revision = decide(revisionId, RevisionState.REJECTED, why);
        audit.record(
                "organization.revision.reject",
                AuditItem.ORGANIZATION,
                revision.getOrganization().getId(),
                Changes.of("state", RevisionState.PENDING),
                Changes.of("revision", revisionId, "state", revision.getState(), "reason", why));
        notifyRepresentatives(
                revision.getOrganization(),
                DirectoryMailRequested.Kind.REVISION_REJECTED,
                "/account/organization?id=" + revision.getOrganization().getId(),
                why);
    }

    /**
     * Takes a published organization out of the public directory, with a reason its representatives read. Its
     * profile and history stay; the representatives can submit it again.
     */
    public void archive(long organizationId, String reason) {
        String why = requiredReason(reason);
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null
                || !scope.ofCaller().includes(organization.getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        if (organization.getState() != PublicationState.PUBLISHED) {
            throw new AlreadyDecidedException();
        }
        organization.archive();
        em.flush();
        audit.record(
                "organization.archive",
                AuditItem.ORGANIZATION,
                organizationId,
                Changes.of("organization", PublicationState.PUBLISHED),
                Changes.of("organization", organization.getState(), "reason", why));
        notifyRepresentatives(
                organization,
                DirectoryMailRequested.Kind.ORGANIZATION_ARCHIVED,
                "/account/organization?id=" + organization.getId(),
                why);
    }

    private static String requiredReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("moderation.error.reason.required");
        }
        if (why.length() > OrganizationRevision.REASON_LENGTH) {
            throw new InvalidInputException("moderation.error.reason.tooLong");
        }
        return why;
    }

    private OrganizationRevision decide(long revisionId, RevisionState outcome, String reason) {
        Account moderator = access.caller();
        OrganizationRevision target = em.find(OrganizationRevision.class, revisionId);
        if (target == null
                || !scope.ofCaller().includes(target.getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        int taken = em.createNamedQuery(OrganizationRevision.DECIDE)
                .setParameter("state", outcome)
                .setParameter("id", revisionId)
                .executeUpdate();
        if (taken != 1) {
            throw new AlreadyDecidedException();
        }
        em.refresh(target);
        target.decided(outcome, moderator, clock.instant(), reason);
        return target;
    }

    private void notifyRepresentatives(
            Organization organization, DirectoryMailRequested.Kind kind, String path, String detail) {
        for (Account representative : access.representativesOf(organization)) {
            mail.fire(new DirectoryMailRequested(
                    kind,
                    representative.getEmail(),
                    representative.getLanguage(),
                    organization.displayName(),
                    path,
                    detail));
        }
    }
}
