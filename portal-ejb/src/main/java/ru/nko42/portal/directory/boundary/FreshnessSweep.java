package ru.nko42.portal.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.directory.control.FreshnessPolicy;
import ru.nko42.portal.directory.control.OrganizationFreshness;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * One pass over the published organizations: asks the representatives of those whose data is due (older than the
 * {@link FreshnessPolicy}'s months and not asked yet) to confirm it, and flags stale those asked longer ago than the
 * grace days. Each organization in a transaction of its own, re-checked under a row lock, so one failure leaves the
 * others and two passes at once (the daily timer and an administrator) ask nobody twice. Run by
 * {@link FreshnessTimer} and {@link FreshnessService#checkNow()}.
 */
@Stateless
@PermitAll
public class FreshnessSweep {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationFreshness freshness;

    @Resource
    SessionContext context;

    private static final Logger LOG = Logger.getLogger(FreshnessSweep.class.getName());

    Clock clock = Clock.systemUTC();

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FreshnessRun run() {
        FreshnessPolicy policy = FreshnessPolicy.ofInstallation();
        FreshnessSweep self = context.getBusinessObject(FreshnessSweep.class);
        FreshnessRun run = FreshnessRun.NOTHING;
        for (long id : self.dueForQuestion(policy)) {
            try {
                int mailed = self.ask(id, policy);
                if (mailed >= 0) {
                    run = run.plusAsked(mailed);
                }
            } catch (RuntimeException e) {
                reportFailure("asking about", id, e);
            }
        }
        for (long id : self.dueForStale(policy)) {
            try {
                if (self.markStale(id, policy)) {
                    run = run.plusStale();
                }
            } catch (RuntimeException e) {
                reportFailure("flagging stale", id, e);
            }
        }
        return run;
    }

    public List<Long> dueForQuestion(FreshnessPolicy policy) {
        return em.createNamedQuery(Organization.DUE_FOR_VERIFICATION, Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setParameter("verifiedBefore", policy.askIfVerifiedBefore(clock.instant()))
                .getResultList();
    }

    public List<Long> dueForStale(FreshnessPolicy policy) {
        return em.createNamedQuery(Organization.DUE_FOR_STALE, Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setParameter("requestedBefore", policy.staleIfAskedBefore(clock.instant()))
                .getResultList();
    }

    /** Asks the organization's representatives if it is still due; the mails sent, or -1 if it was not due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int ask(long organizationId, FreshnessPolicy policy) {
        Organization organization = em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        Instant cutoff = policy.askIfVerifiedBefore(clock.instant());
        boolean due = organization != null
                && organization.getState() == PublicationState.PUBLISHED
                && organization.getVerificationRequestedAt() == null
                && (organization.getLastVerifiedAt() == null
                        || organization.getLastVerifiedAt().isBefore(cutoff));
        return due ? freshness.askRepresentatives(organization) : -1;
    }

    /** Flags the organization stale if it still is due for that; whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean markStale(long organizationId, FreshnessPolicy policy) {
        Organization organization = em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        Instant cutoff = policy.staleIfAskedBefore(clock.instant());
        boolean due = organization != null
                && organization.getState() == PublicationState.PUBLISHED
                && !organization.isStale()
                && organization.getVerificationRequestedAt() != null
                && organization.getVerificationRequestedAt().isBefore(cutoff);
        if (due) {
            freshness.markStale(organization);
        }
        return due;
    }

    /** One line without personal data (the kind of failure only); the details at FINE. */
    private static void reportFailure(String step, long organizationId, RuntimeException e) {
        LOG.warning(() -> "Freshness check: " + step + " organization " + organizationId + " failed: "
                + ExceptionChain.root(e).getClass().getName());
        LOG.log(Level.FINE, "Freshness check failure", e);
    }
}
