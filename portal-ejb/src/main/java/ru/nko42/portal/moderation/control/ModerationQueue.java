package ru.nko42.portal.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ItemState;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.ItemClaimedException;
import ru.nko42.portal.moderation.boundary.ItemDecidedException;
import ru.nko42.portal.moderation.boundary.ItemWithdrawnException;

/**
 * How features put their items in the queue and take them out, in the caller's transaction: a submission enters
 * it, a withdrawal leaves it, and a decision (by a moderator, or by a representative where the feature allows) is
 * taken by one conditional UPDATE that only an open item, not claimed by someone else, passes.
 */
@Dependent
public class ModerationQueue {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Puts a subject in the queue; a subject that waits already keeps its item. */
    public ModerationItem enqueue(
            String kind, long subjectId, Organization organization, Municipality municipality, String title) {
        return openItem(kind, subjectId).orElseGet(() -> {
            ModerationItem item =
                    new ModerationItem(kind, subjectId, organization, municipality, title, clock.instant());
            em.persist(item);
            return item;
        });
    }

    /**
     * Moves a pending revision (of a profile, a listing) to where the decision leaves it, with the revision's own
     * conditional UPDATE ({@code decideQuery}: parameters {@code id} and {@code state}); refused when the revision no
     * longer waits (its author took it back meanwhile).
     *
     * @return the revision's new state
     */
    public RevisionState decideRevision(String decideQuery, long revisionId, Decision decision) {
        RevisionState outcome = RevisionState.after(decision);
        int taken = em.createNamedQuery(decideQuery)
                .setParameter("state", outcome)
                .setParameter("id", revisionId)
                .executeUpdate();
        if (taken != 1) {
            throw new ItemWithdrawnException();
        }
        return outcome;
    }

    /** Takes a subject its author withdrew out of the queue; nothing happens if it does not wait. */
    public void withdraw(String kind, long subjectId) {
        em.createNamedQuery(ModerationItem.WITHDRAW)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setParameter("now", clock.instant())
                .executeUpdate();
    }

    public Optional<ModerationItem> openItem(String kind, long subjectId) {
        return em.createNamedQuery(ModerationItem.FIND_OPEN_BY_SUBJECT, ModerationItem.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .getResultStream()
                .findFirst();
    }

    /** The item a subject had last, open or not: where a decision outside the queue finds who decided first. */
    public Optional<ModerationItem> latestItem(String kind, long subjectId) {
        return em.createNamedQuery(ModerationItem.FIND_LATEST_BY_SUBJECT, ModerationItem.class)
                .setParameter("kind", kind)
                .setParameter("subject", subjectId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Takes a decision on an item. Exactly one of two decisions at once passes; the other learns who decided and
     * how, that the author withdrew it, or who holds the claim on it.
     */
    public ModerationItem decide(ModerationItem item, Decision decision, Account by, String reason) {
        Instant now = clock.instant();
        int taken = em.createNamedQuery(ModerationItem.DECIDE)
                .setParameter("decision", decision)
                .setParameter("by", by)
                .setParameter("now", now)
                .setParameter("reason", reason)
                .setParameter("id", item.getId())
                .executeUpdate();
        return afterChange(item, taken, by, now);
    }

    /** Claims an item for {@code by} until {@code until}; a claim of one's own is extended. */
    public ModerationItem claim(ModerationItem item, Account by, Instant until) {
        Instant now = clock.instant();
        int taken = em.createNamedQuery(ModerationItem.CLAIM)
                .setParameter("by", by)
                .setParameter("until", until)
                .setParameter("now", now)
                .setParameter("id", item.getId())
                .executeUpdate();
        return afterChange(item, taken, by, now);
    }

    /** Gives up {@code by}'s claim on an item; whether there was one to give up. */
    public boolean release(ModerationItem item, Account by) {
        int released = em.createNamedQuery(ModerationItem.RELEASE)
                .setParameter("by", by)
                .setParameter("id", item.getId())
                .executeUpdate();
        em.refresh(item);
        return released == 1;
    }

    /**
     * The item as the change left it; a change not taken reads it with a lock, which sees what another transaction
     * committed since this one began.
     */
    private ModerationItem afterChange(ModerationItem item, int taken, Account by, Instant now) {
        if (taken == 1) {
            em.refresh(item);
            return item;
        }
        em.refresh(item, LockModeType.PESSIMISTIC_READ);
        throw whyNotTaken(item, by, now);
    }

    private static RuntimeException whyNotTaken(ModerationItem item, Account by, Instant now) {
        if (item.getState() == ItemState.WITHDRAWN) {
            return new ItemWithdrawnException();
        }
        if (item.getState() == ItemState.DECIDED) {
            Account decider = item.getDecidedBy();
            return new ItemDecidedException(
                    decider == null ? "" : decider.getDisplayName(),
                    item.getDecision(),
                    item.getDecidedAt(),
                    item.getDecisionReason());
        }
        if (item.claimedByOther(by, now)) {
            return new ItemClaimedException(item.getClaimedBy().getDisplayName(), item.getClaimedUntil());
        }
        return new IllegalStateException("item " + item.getId() + " refused a change for no known reason");
    }
}
