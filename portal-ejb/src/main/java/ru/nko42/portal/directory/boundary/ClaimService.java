package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.control.ClaimModeration;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.directory.control.RepresentativeMail;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationClaim;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.DecisionReason;

/**
 * "This organization is ours": a registrant whose ИНН or ОГРН the directory knows asks to represent it. The request
 * waits in the moderation queue of the organization's municipality and is mailed to its representatives: either
 * decides it.
 */
@Stateless
@RolesAllowed({"MEMBER", "MODERATOR", "ADMIN", "EDITOR"})
public class ClaimService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    AuditLog audit;

    @Inject
    ClaimModeration claims;

    @Inject
    RepresentativeMail representativeMail;

    @Inject
    ModeratorScope scope;

    /** Asks to represent an organization; asking twice while the first request waits changes nothing. */
    public void claim(long organizationId, String message) {
        Account claimant = access.caller();
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            throw new NotPermittedException();
        }
        if (access.represents(organization, claimant)) {
            throw new InvalidInputException("claim.error.alreadyRepresentative");
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > OrganizationClaim.MESSAGE_LENGTH) {
            throw new InvalidInputException("claim.error.message.tooLong");
        }
        long waiting = em.createNamedQuery(OrganizationClaim.COUNT_PENDING_OF, Long.class)
                .setParameter("organization", organization)
                .setParameter("claimant", claimant)
                .getSingleResult();
        if (waiting > 0) {
            return;
        }
        OrganizationClaim claim = new OrganizationClaim(organization, claimant, text);
        em.persist(claim);
        em.flush();
        claims.submit(claim);
        audit.record(
                "organization.claim",
                AuditItem.ORGANIZATION,
                organizationId,
                null,
                Changes.of("claim", claim.getId(), "state", claim.getState(), "message", text));
        representativeMail.toRepresentatives(
                organization,
                DirectoryMailRequested.Kind.CLAIM_RECEIVED,
                "/account/organization?id=" + organization.getId(),
                claimant.getDisplayName() + " <" + claimant.getEmail() + ">");
    }

    /** The requests waiting on an organization, for its representatives and administrators. */
    public List<ClaimView> pending(long organizationId) {
        Organization organization = access.forRepresentative(organizationId);
        return em
                .createNamedQuery(OrganizationClaim.FIND_PENDING_BY_ORGANIZATION, OrganizationClaim.class)
                .setParameter("organization", organization)
                .getResultList()
                .stream()
                .map(ClaimService::view)
                .toList();
    }

    /** A request, for a moderator of its organization's municipality. */
    @RolesAllowed({"ADMIN", "MODERATOR"})
    public ClaimView forModerator(long claimId) {
        OrganizationClaim claim = em.find(OrganizationClaim.class, claimId);
        if (claim == null
                || !scope.ofCaller()
                        .includes(claim.getOrganization().getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        return view(claim);
    }

    /** The caller's own requests, newest first. */
    public List<ClaimView> mine() {
        return em
                .createNamedQuery(OrganizationClaim.FIND_BY_CLAIMANT, OrganizationClaim.class)
                .setParameter("claimant", access.caller())
                .getResultList()
                .stream()
                .map(ClaimService::view)
                .toList();
    }

    /**
     * Accepts or declines a request as a representative; a decline needs a reason the claimant reads. A moderator
     * may have decided it first, or be working on it: the caller is told so.
     */
    public void decide(long claimId, boolean accept, String reason) {
        OrganizationClaim claim = em.find(OrganizationClaim.class, claimId);
        if (claim == null) {
            throw new NotPermittedException();
        }
        access.forRepresentative(claim.getOrganization().getId());
        Decision decision = accept ? Decision.APPROVED : Decision.REJECTED;
        String why = DecisionReason.check(decision, reason);
        claims.decideAsRepresentative(claim, decision, access.caller(), why);
    }

    private static ClaimView view(OrganizationClaim claim) {
        return new ClaimView(
                claim.getId(),
                claim.getOrganization().getId(),
                claim.getOrganization().displayName(),
                claim.getClaimant().getDisplayName(),
                claim.getClaimant().getEmail(),
                claim.getMessage(),
                claim.getState(),
                claim.getCreatedAt(),
                claim.getDecisionReason());
    }
}
