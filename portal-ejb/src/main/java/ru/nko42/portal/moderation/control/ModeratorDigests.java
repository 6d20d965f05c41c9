package ru.nko42.portal.moderation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.QueueFilter;

/**
 * The moderators' daily digest, one moderator at a time in the caller's transaction: the items that entered the
 * queue in the moderator's municipalities since the last digest (in the last {@link #FIRST_WINDOW} before the first)
 * and still wait, written to the outbox with when it was sent. The account's row stays locked until the transaction
 * ends, so of two runs at once the second finds nothing new.
 */
@Dependent
public class ModeratorDigests {

    /** What the first digest of an account looks back on. */
    public static final Duration FIRST_WINDOW = Duration.ofHours(24);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModeratorScope scopes;

    @Inject
    OutboxStore outbox;

    /** The ids of the active moderators who want the digest (an administrator only if also a moderator). */
    public List<Long> recipients() {
        return em.createNamedQuery(Account.DIGEST_RECIPIENTS, Long.class)
                .setParameter("role", AccountRole.MODERATOR)
                .setParameter("status", AccountStatus.ACTIVE)
                .getResultList();
    }

    /**
     * Writes the account's digest of what is new up to {@code now} to the outbox, unless nothing is.
     *
     * @return whether a mail was written
     */
    public boolean sendTo(long accountId, Instant now) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null
                || !account.isDigest()
                || account.getStatus() != AccountStatus.ACTIVE
                || !account.hasRole(AccountRole.MODERATOR)) {
            return false;
        }
        Instant since = account.getLastDigestAt() == null ? now.minus(FIRST_WINDOW) : account.getLastDigestAt();
        MunicipalityScope scope = scopes.of(account);
        if (scope.isEmpty() || !since.isBefore(now)) {
            return false;
        }
        List<DigestMail.Item> fresh = freshItems(scope, since, now);
        if (fresh.isEmpty()) {
            return false;
        }
        long waiting = QueueQuery.of(QueueFilter.everything(), scope, now).count(em);
        outbox.enqueue(DigestMail.compose(account.getEmail(), account.getLanguage(), fresh, waiting));
        em.createNamedQuery(Account.RECORD_DIGEST)
                .setParameter("at", now)
                .setParameter("id", accountId)
                .executeUpdate();
        return true;
    }

    /** The open items of the scope that entered the queue after {@code since} and up to {@code now}, oldest first. */
    private List<DigestMail.Item> freshItems(MunicipalityScope scope, Instant since, Instant now) {
        TypedQuery<ModerationItem> query = em.createQuery(
                "SELECT i FROM ModerationItem i"
                        + " WHERE i.state = ru.nko42.portal.model.moderation.ItemState.OPEN"
                        + " AND i.submittedAt > :since AND i.submittedAt <= :now"
                        + (scope.all() ? "" : " AND i.municipality.id IN :scope")
                        + " ORDER BY i.submittedAt, i.id",
                ModerationItem.class);
        query.setParameter("since", since).setParameter("now", now);
        if (!scope.all()) {
            query.setParameter("scope", List.copyOf(scope.ids()));
        }
        return query.getResultList().stream()
                .map(item -> new DigestMail.Item(
                        item.getId(),
                        item.getKind(),
                        item.getTitle(),
                        item.getMunicipality() == null
                                ? null
                                : item.getMunicipality().getNameRu(),
                        item.getMunicipality() == null
                                ? null
                                : item.getMunicipality().getNameEn()))
                .toList();
    }
}
