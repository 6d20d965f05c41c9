package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.ClaimState;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationClaim;
import ru.nko42.portal.model.directory.Representative;

/**
 * "This organization is ours": a registrant whose ИНН or ОГРН the directory knows asks to represent it. The
 * representatives decide; an organization without any goes to the administrators.
 */
@Stateless
@RolesAllowed({"MEMBER", "MODERATOR", "ADMIN", "EDITOR"})
public class ClaimService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    Event<DirectoryMailRequested> mail;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

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
        audit.record(
                "organization.claim",
                AuditItem.ORGANIZATION,
                organizationId,
                null,
                Changes.of("claim", claim.getId(), "state", claim.getState(), "message", text));
        List<Account> deciders = access.representativesOf(organization);
        boolean toAdministrators = deciders.isEmpty();
        for (Account decider : toAdministrators ? access.administrators() : deciders) {
            mail.fire(new DirectoryMailRequested(
                    DirectoryMailRequested.Kind.CLAIM_RECEIVED,
                    decider.getEmail(),
                    decider.getLanguage(),
                    organization.displayName(),
                    "/account/organization?id=" + organization.getId(),
                    claimant.getDisplayName() + " <" + claimant.getEmail() + ">"));
        }
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

    /** Accepts or declines a request; a decline needs a reason the claimant reads. */
    public void decide(long claimId, boolean accept, String reason) {
        OrganizationClaim claim = em.find(OrganizationClaim.class, claimId);
        if (claim == null) {
            throw new NotPermittedException();
        }
        Organization organization =
                access.forRepresentative(claim.getOrganization().getId());
        String why = reason == null ? null : reason.strip();
        if (!accept && (why == null || why.isEmpty())) {
            throw new InvalidInputException("moderation.error.reason.required");
        }
        if (why != null && why.length() > OrganizationClaim.MESSAGE_LENGTH) {
            throw new InvalidInputException("moderation.error.reason.tooLong");
        }
        if (claim.getState() != ClaimState.PENDING) {
            throw new AlreadyDecidedException();
        }
        claim.decided(accept ? ClaimState.ACCEPTED : ClaimState.DECLINED, access.caller(), clock.instant(), why);
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
                why));
        em.flush();
        audit.record(
                "organization.claim.decide",
                AuditItem.ORGANIZATION,
                organization.getId(),
                Changes.of("claim", claimId, "state", ClaimState.PENDING),
                Changes.of(
                        "claim", claimId, "state", claim.getState(), "claimant", claimant.getEmail(), "reason", why));
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
