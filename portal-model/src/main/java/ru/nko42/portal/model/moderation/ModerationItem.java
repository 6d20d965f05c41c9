package ru.nko42.portal.model.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;

/**
 * One thing waiting for a moderator: a submitted profile, a claim, a citizen's report, and whatever later kinds
 * plug in. The queue knows only the kind and the id of the subject; the feature that owns the kind applies the
 * decision. Every state change is a single conditional UPDATE, so of two decisions at once exactly one is taken.
 */
@Entity
@Table(name = "moderation_item")
@NamedQuery(
        name = ModerationItem.FIND_OPEN_BY_SUBJECT,
        query = "SELECT i FROM ModerationItem i WHERE i.kind = :kind AND i.subjectId = :subject"
                + " AND i.state = ru.nko42.portal.model.moderation.ItemState.OPEN")
@NamedQuery(
        name = ModerationItem.FIND_LATEST_BY_SUBJECT,
        query = "SELECT i FROM ModerationItem i WHERE i.kind = :kind AND i.subjectId = :subject ORDER BY i.id DESC")
@NamedQuery(
        name = ModerationItem.CLAIM,
        query = "UPDATE ModerationItem i SET i.claimedBy = :by, i.claimedUntil = :until, i.version = i.version + 1"
                + " WHERE i.id = :id AND i.state = ru.nko42.portal.model.moderation.ItemState.OPEN"
                + " AND (i.claimedBy IS NULL OR i.claimedBy = :by OR i.claimedUntil < :now)")
@NamedQuery(
        name = ModerationItem.RELEASE,
        query = "UPDATE ModerationItem i SET i.claimedBy = NULL, i.claimedUntil = NULL, i.version = i.version + 1"
                + " WHERE i.id = :id AND i.claimedBy = :by"
                + " AND i.state = ru.nko42.portal.model.moderation.ItemState.OPEN")
@NamedQuery(
        name = ModerationItem.DECIDE,
        query = "UPDATE ModerationItem i SET i.state = ru.nko42.portal.model.moderation.ItemState.DECIDED,"
                + " i.decision = :decision, i.decidedBy = :by, i.decidedAt = :now, i.decisionReason = :reason,"
                + " i.claimedBy = NULL, i.claimedUntil = NULL, i.version = i.version + 1"
                + " WHERE i.id = :id AND i.state = ru.nko42.portal.model.moderation.ItemState.OPEN"
                + " AND (i.claimedBy IS NULL OR i.claimedBy = :by OR i.claimedUntil < :now)")
@NamedQuery(
        name = ModerationItem.WITHDRAW,
        query = "UPDATE ModerationItem i SET i.state = ru.nko42.portal.model.moderation.ItemState.WITHDRAWN,"
                + " i.decidedAt = :now, i.claimedBy = NULL, i.claimedUntil = NULL, i.version = i.version + 1"
                + " WHERE i.kind = :kind AND i.subjectId = :subject"
                + " AND i.state = ru.nko42.portal.model.moderation.ItemState.OPEN")
public class ModerationItem extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_OPEN_BY_SUBJECT = "ModerationItem.findOpenBySubject";
    public static final String FIND_LATEST_BY_SUBJECT = "ModerationItem.findLatestBySubject";
    public static final String CLAIM = "ModerationItem.claim";
    public static final String RELEASE = "ModerationItem.release";
    public static final String DECIDE = "ModerationItem.decide";
    public static final String WITHDRAW = "ModerationItem.withdraw";
    public static final int KIND_LENGTH = 40;
    public static final int TITLE_LENGTH = 500;
    public static final int REASON_LENGTH = 2000;

    @NotBlank
    @Size(max = KIND_LENGTH)
    @Column(name = "kind", nullable = false, updatable = false, length = KIND_LENGTH)
    private String kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id", updatable = false)
    private Organization organization;

    /** The municipality whose moderators see the item; none means only administrators and regional moderators. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id", updatable = false)
    private Municipality municipality;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, updatable = false, length = TITLE_LENGTH)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ItemState state = ItemState.OPEN;

    @NotNull
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimed_by_id")
    private Account claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private Decision decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = REASON_LENGTH)
    @Column(name = "decision_reason", length = REASON_LENGTH)
    private String decisionReason;

    protected ModerationItem() {}

    public ModerationItem(
            String kind,
            long subjectId,
            Organization organization,
            Municipality municipality,
            String title,
            Instant submittedAt) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.organization = organization;
        this.municipality = municipality;
        this.title = title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH) : title;
        this.submittedAt = submittedAt;
    }

    /** Whether someone's claim on the item runs at {@code now}. */
    public boolean claimRunsAt(Instant now) {
        return claimedBy != null && claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** Whether someone other than {@code account} holds a running claim on the item at {@code now}. */
    public boolean claimedByOther(Account account, Instant now) {
        return claimRunsAt(now) && !claimedBy.equals(account);
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getTitle() {
        return title;
    }

    public ItemState getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Account getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Decision getDecision() {
        return decision;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
