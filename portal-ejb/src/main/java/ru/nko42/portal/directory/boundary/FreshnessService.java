package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.InvalidVerificationLinkException.Problem;
import ru.nko42.portal.directory.control.FreshnessPolicy;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.directory.control.OrganizationFreshness;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.VerificationToken;

/**
 * Whether the directory's data is still true. Representatives confirm it from the reminder's link without logging
 * in: the link's token stands for the representative it was mailed to, works once and for 60 days, and opening it
 * changes nothing (confirming is a separate POST). Administrators run the daily check at once; moderators read a
 * stale organization of their municipalities.
 */
@Stateless
public class FreshnessService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    FreshnessSweep sweep;

    @Inject
    OrganizationFreshness freshness;

    @Inject
    OrganizationAccess access;

    @Inject
    ModeratorScope scope;

    Clock clock = Clock.systemUTC();

    /** The daily check, now: asks whom it is time to ask, flags stale what went unanswered. Running it twice asks nobody twice. */
    @RolesAllowed("ADMIN")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FreshnessRun checkNow() {
        return sweep.run();
    }

    /** The rule in force and how many published organizations wait for an answer or are stale. */
    @RolesAllowed("ADMIN")
    public FreshnessOverview overview() {
        FreshnessPolicy policy = FreshnessPolicy.ofInstallation();
        long awaiting = em.createQuery(
                        "SELECT COUNT(o) FROM Organization o WHERE o.state = :published"
                                + " AND o.verificationRequestedAt IS NOT NULL AND o.staleSince IS NULL",
                        Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getSingleResult();
        long stale = em.createQuery(
                        "SELECT COUNT(o) FROM Organization o WHERE o.state = :published AND o.staleSince IS NOT NULL",
                        Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getSingleResult();
        return new FreshnessOverview(policy.months(), policy.graceDays(), awaiting, stale);
    }

    /**
     * What a reminder's link is about; changes nothing.
     *
     * @throws InvalidVerificationLinkException if the link cannot confirm anything, saying why
     */
    @PermitAll
    public VerificationLink link(String token) {
        return view(usable(token, clock.instant()));
    }

    /**
     * Confirms the organization's data as the representative the link was mailed to: it counts as verified now, is
     * no longer stale, and leaves the moderators' queue. The link is used up.
     *
     * @throws InvalidVerificationLinkException if the link cannot confirm anything (used already, also by a click
     *     at the same moment), saying why
     */
    @PermitAll
    public VerificationLink confirm(String token) {
        Instant now = clock.instant();
        VerificationToken link = usable(token, now);
        int used = em.createNamedQuery(VerificationToken.USE)
                .setParameter("now", now)
                .setParameter("id", link.getId())
                .executeUpdate();
        if (used != 1) {
            throw new InvalidVerificationLinkException(link.expiredAt(now) ? Problem.EXPIRED : Problem.USED);
        }
        freshness.confirmedByRepresentative(link.getOrganization(), link.getRepresentative());
        return view(link);
    }

    /**
     * A stale organization as a moderator of its municipality checks it.
     *
     * @throws NotPermittedException for an unknown organization or one outside the caller's municipalities
     */
    @RolesAllowed({"ADMIN", "MODERATOR"})
    public StaleOrganization staleOrganization(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null
                || !scope.ofCaller().includes(organization.getMunicipality().getId())) {
            throw new NotPermittedException();
        }
        return new StaleOrganization(
                organization.getId(),
                organization.getSlug(),
                organization.displayName(),
                organization.getFullName(),
                organization.getMunicipality().getNameRu(),
                organization.getMunicipality().getNameEn(),
                organization.getState(),
                organization.getLastVerifiedAt(),
                organization.getVerificationRequestedAt(),
                organization.getStaleSince(),
                access.representativesOf(organization).size());
    }

    private VerificationToken usable(String token, Instant now) {
        if (!LinkToken.looksValid(token)) {
            throw new InvalidVerificationLinkException(Problem.UNKNOWN);
        }
        VerificationToken link = em.createNamedQuery(VerificationToken.FIND_BY_HASH, VerificationToken.class)
                .setParameter("hash", LinkToken.hash(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidVerificationLinkException(Problem.UNKNOWN));
        if (link.isUsed()) {
            throw new InvalidVerificationLinkException(Problem.USED);
        }
        if (link.expiredAt(now)) {
            throw new InvalidVerificationLinkException(Problem.EXPIRED);
        }
        Organization organization = link.getOrganization();
        if (organization.getState() != PublicationState.PUBLISHED) {
            throw new InvalidVerificationLinkException(Problem.UNPUBLISHED);
        }
        if (link.getRepresentative().getStatus() != AccountStatus.ACTIVE
                || !access.represents(organization, link.getRepresentative())) {
            throw new InvalidVerificationLinkException(Problem.NOT_REPRESENTATIVE);
        }
        return link;
    }

    private static VerificationLink view(VerificationToken link) {
        Organization organization = link.getOrganization();
        return new VerificationLink(
                organization.getId(),
                organization.getSlug(),
                organization.displayName(),
                organization.getMunicipality().getNameRu(),
                organization.getMunicipality().getNameEn(),
                organization.getLastVerifiedAt(),
                organization.getVerificationRequestedAt(),
                organization.isStale(),
                link.getExpiresAt());
    }
}
