package ru.nko42.portal.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * One version of an organization's profile, on its way from draft through moderation to the public directory.
 * Revisions are numbered per organization and never deleted: the history of a profile is its revisions.
 */
@Entity
@Table(name = "organization_revision")
@NamedQuery(
        name = OrganizationRevision.FIND_BY_ORGANIZATION,
        query = "SELECT r FROM OrganizationRevision r WHERE r.organization = :organization ORDER BY r.number DESC")
@NamedQuery(
        name = OrganizationRevision.DECIDE,
        query = "UPDATE OrganizationRevision r SET r.state = :state, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.state = ru.nko42.portal.model.directory.RevisionState.PENDING")
public class OrganizationRevision extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ORGANIZATION = "OrganizationRevision.findByOrganization";
    public static final String DECIDE = "OrganizationRevision.decide";
    public static final int REASON_LENGTH = 2000;
    public static final int LOGO_KEY_LENGTH = 80;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RevisionState state = RevisionState.DRAFT;

    @Valid
    @NotNull
    @Embedded
    private OrganizationDetails details = new OrganizationDetails();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "legal_form_id")
    private LegalForm legalForm;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @ManyToMany
    @JoinTable(
            name = "organization_revision_activity_area",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "activity_area_id"))
    @OrderBy("position")
    private Set<ActivityArea> activityAreas = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "organization_revision_target_group",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    @OrderBy("position")
    private Set<TargetGroup> targetGroups = new LinkedHashSet<>();

    @Size(max = LOGO_KEY_LENGTH)
    @Column(name = "logo_key", length = LOGO_KEY_LENGTH)
    private String logoKey;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_editor_id")
    private Account lastEditor;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = REASON_LENGTH)
    @Column(name = "decision_reason", length = REASON_LENGTH)
    private String decisionReason;

    protected OrganizationRevision() {}

    public OrganizationRevision(Organization organization, int number, Account author) {
        this.organization = organization;
        this.number = number;
        this.author = author;
        this.lastEditor = author;
    }

    /** A new draft that starts from this revision's content. */
    public OrganizationRevision nextDraft(Account author) {
        OrganizationRevision next = new OrganizationRevision(organization, number + 1, author);
        next.details = details.copy();
        next.legalForm = legalForm;
        next.municipality = municipality;
        next.activityAreas = new LinkedHashSet<>(activityAreas);
        next.targetGroups = new LinkedHashSet<>(targetGroups);
        next.logoKey = logoKey;
        return next;
    }

    public void edit(
            OrganizationDetails details,
            LegalForm legalForm,
            Municipality municipality,
            Set<ActivityArea> activityAreas,
            Set<TargetGroup> targetGroups,
            Account editor) {
        this.details = details.copy();
        this.legalForm = legalForm;
        this.municipality = municipality;
        this.activityAreas = new LinkedHashSet<>(activityAreas);
        this.targetGroups = new LinkedHashSet<>(targetGroups);
        this.lastEditor = editor;
    }

    public void submitted(Instant at) {
        this.state = RevisionState.PENDING;
        this.submittedAt = at;
        this.decisionReason = null;
    }

    public void withdrawn() {
        this.state = RevisionState.DRAFT;
        this.submittedAt = null;
    }

    public void decided(RevisionState outcome, Account moderator, Instant at, String reason) {
        this.state = outcome;
        this.decidedBy = moderator;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public void superseded() {
        this.state = RevisionState.SUPERSEDED;
    }

    public Organization getOrganization() {
        return organization;
    }

    public int getNumber() {
        return number;
    }

    public RevisionState getState() {
        return state;
    }

    public OrganizationDetails getDetails() {
        return details;
    }

    public LegalForm getLegalForm() {
        return legalForm;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Set<ActivityArea> getActivityAreas() {
        return activityAreas;
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public String getLogoKey() {
        return logoKey;
    }

    public void setLogoKey(String logoKey) {
        this.logoKey = logoKey;
    }

    public Account getAuthor() {
        return author;
    }

    public Account getLastEditor() {
        return lastEditor;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
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
