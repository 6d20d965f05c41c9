package ru.nko42.portal.moderation.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ItemState;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.control.ModerationQueue;
import ru.nko42.portal.moderation.control.QueueQuery;
import ru.nko42.portal.moderation.control.Subjects;

/**
 * The moderators' queue: what waits in the caller's municipalities, oldest first; claims, so that two moderators do
 * not work on one item (a claim runs out after 30 minutes); and decisions. An item outside the caller's
 * municipalities does not exist for them.
 */
@Stateless
@RolesAllowed({"ADMIN", "MODERATOR"})
public class ModerationService {

    public static final Duration CLAIM_DURATION = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModeratorScope scope;

    @Inject
    CallerAccount caller;

    @Inject
    ModerationQueue queue;

    @Inject
    Subjects subjects;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    public QueuePage queue(QueueFilter filter) {
        Account me = caller.get();
        MunicipalityScope mine = scope.of(me);
        Instant now = clock.instant();
        if (mine.isEmpty()) {
            return new QueuePage(List.of(), 0, filter.page(), subjects.kinds(), List.of());
        }
        QueueQuery query = QueueQuery.of(filter, mine, now);
        List<QueueRow> rows =
                query.items(em, (filter.page() - 1) * QueueFilter.PAGE_SIZE, QueueFilter.PAGE_SIZE).stream()
                        .map(item -> row(item, me, now))
                        .toList();
        return new QueuePage(rows, query.count(em), filter.page(), subjects.kinds(), municipalities(mine));
    }

    /** How many items wait in the caller's municipalities: the number in the menu. */
    public long waiting() {
        MunicipalityScope mine = scope.ofCaller();
        return mine.isEmpty()
                ? 0
                : QueueQuery.of(QueueFilter.everything(), mine, clock.instant()).count(em);
    }

    public QueueItem item(long id) {
        Account me = caller.get();
        return view(visible(id, me), me);
    }

    /**
     * Claims the item for the caller for {@link #CLAIM_DURATION} (again, if it is theirs already).
     *
     * @throws ItemClaimedException if someone else's claim runs
     */
    public QueueItem claim(long id) {
        Account me = caller.get();
        ModerationItem item = visible(id, me);
        queue.claim(item, me, clock.instant().plus(CLAIM_DURATION));
        audit.record(
                "moderation.claim",
                AuditItem.MODERATION_ITEM,
                id,
                null,
                Changes.of("claimedBy", me.getEmail(), "claimedUntil", item.getClaimedUntil()));
        return view(item, me);
    }

    /** Gives the caller's claim up; an item claimed by nobody, or by someone else, stays as it is. */
    public QueueItem release(long id) {
        Account me = caller.get();
        ModerationItem item = visible(id, me);
        if (queue.release(item, me)) {
            audit.record(
                    "moderation.release", AuditItem.MODERATION_ITEM, id, Changes.of("claimedBy", me.getEmail()), null);
        }
        return view(item, me);
    }

    /**
     * Decides an item: approves it, rejects it, or sends it back for changes (the last two with a reason the author
     * reads).
     *
     * @throws ItemDecidedException if someone decided it first
     * @throws ItemClaimedException if someone else's claim runs
     * @throws ItemWithdrawnException if the author took it back
     */
    public QueueItem decide(long id, Decision decision, String reason) {
        Account me = caller.get();
        ModerationItem item = visible(id, me);
        ModerationSubject subject = subjects.of(item.getKind());
        if (!subject.decisions().contains(decision)) {
            throw new InvalidInputException("moderation.error.decision.unsupported");
        }
        String why = DecisionReason.check(decision, reason);
        queue.decide(item, decision, me, why);
        subject.apply(item, decision, me, why);
        audit.record(
                "moderation.decide",
                AuditItem.MODERATION_ITEM,
                id,
                Changes.of("state", ItemState.OPEN),
                Changes.of("kind", item.getKind(), "decision", decision, "reason", why));
        return view(item, me);
    }

    /** Approves each selected item in a transaction of its own: one that cannot be approved leaves the others. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BulkOutcome approveAll(List<Long> ids) {
        ModerationService self = context.getBusinessObject(ModerationService.class);
        int approved = 0;
        List<BulkOutcome.Refusal> refused = new ArrayList<>();
        for (Long id : ids) {
            try {
                self.decide(id, Decision.APPROVED, null);
                approved++;
            } catch (BusinessException e) {
                refused.add(new BulkOutcome.Refusal(id, titleOf(id), e.messageKey()));
            }
        }
        return new BulkOutcome(approved, refused);
    }

    private List<ScopeMunicipality> municipalities(MunicipalityScope mine) {
        return em
                .createQuery("SELECT m FROM Municipality m ORDER BY m.nameRu", Municipality.class)
                .getResultList()
                .stream()
                .filter(municipality -> mine.includes(municipality.getId()))
                .map(municipality -> new ScopeMunicipality(
                        municipality.getCode(), municipality.getNameRu(), municipality.getNameEn()))
                .toList();
    }

    private String titleOf(long id) {
        ModerationItem item = em.find(ModerationItem.class, id);
        return item == null ? "" : item.getTitle();
    }

    private ModerationItem visible(long id, Account me) {
        ModerationItem item = em.find(ModerationItem.class, id);
        if (item == null || !QueueQuery.includes(scope.of(me), item)) {
            throw new NotPermittedException();
        }
        return item;
    }

    private QueueItem view(ModerationItem item, Account me) {
        boolean claimRuns = item.claimRunsAt(clock.instant());
        return new QueueItem(
                item.getId(),
                item.getKind(),
                item.getSubjectId(),
                item.getOrganization() == null ? null : item.getOrganization().getId(),
                item.getTitle(),
                item.getMunicipality() == null ? null : item.getMunicipality().getNameRu(),
                item.getMunicipality() == null ? null : item.getMunicipality().getNameEn(),
                item.getState(),
                item.getSubmittedAt(),
                claimRuns ? item.getClaimedBy().getDisplayName() : null,
                claimRuns ? item.getClaimedUntil() : null,
                claimRuns && item.getClaimedBy().equals(me),
                item.getDecision(),
                item.getDecidedBy() == null ? null : item.getDecidedBy().getDisplayName(),
                item.getDecidedAt(),
                item.getDecisionReason(),
                subjects.of(item.getKind()).decisions());
    }

    private static QueueRow row(ModerationItem item, Account me, Instant now) {
        boolean claimRuns = item.claimRunsAt(now);
        return new QueueRow(
                item.getId(),
                item.getKind(),
                item.getSubjectId(),
                item.getTitle(),
                item.getMunicipality() == null ? null : item.getMunicipality().getNameRu(),
                item.getMunicipality() == null ? null : item.getMunicipality().getNameEn(),
                item.getSubmittedAt(),
                claimRuns ? item.getClaimedBy().getDisplayName() : null,
                claimRuns ? item.getClaimedUntil() : null,
                claimRuns && item.getClaimedBy().equals(me));
    }
}
