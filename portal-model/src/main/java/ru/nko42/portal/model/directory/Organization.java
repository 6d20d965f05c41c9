package ru.nko42.portal.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A member of the directory: an NGO or a TOS, registered in one municipality. Its profile lives in revisions; the
 * organization keeps what the public directory lists and filters by (copied from the published revision, or from the
 * first draft while nothing is published), its registration numbers (unique: a second registration is a claim) and
 * the revision that is public. It also keeps how fresh its data is: when it was last confirmed (an approval, a
 * representative's click on the reminder, a moderator's check), when the representatives were asked to confirm it,
 * and since when it is shown as stale because nobody did.
 */
@Entity
@Table(name = "organization")
@NamedQuery(
        name = Organization.COUNT_IN_STATE_IN_MUNICIPALITY,
        query = "SELECT COUNT(o) FROM Organization o WHERE o.state = :state AND o.municipality = :municipality")
@NamedQuery(
        name = Organization.COUNT_IN_STATE_BY_MUNICIPALITY,
        query = "SELECT o.municipality.id, COUNT(o) FROM Organization o WHERE o.state = :state"
                + " GROUP BY o.municipality.id")
@NamedQuery(name = Organization.FIND_BY_SUBMISSION, query = "SELECT o FROM Organization o WHERE o.submissionKey = :key")
@NamedQuery(
        name = Organization.FIND_BY_REGISTRATION,
        query = "SELECT o FROM Organization o WHERE (:inn IS NOT NULL AND o.inn = :inn)"
                + " OR (:ogrn IS NOT NULL AND o.ogrn = :ogrn)")
@NamedQuery(
        name = Organization.DUE_FOR_VERIFICATION,
        query = "SELECT o.id FROM Organization o WHERE o.state = :published AND o.verificationRequestedAt IS NULL"
                + " AND (o.lastVerifiedAt IS NULL OR o.lastVerifiedAt < :verifiedBefore) ORDER BY o.id")
@NamedQuery(
        name = Organization.DUE_FOR_STALE,
        query = "SELECT o.id FROM Organization o WHERE o.state = :published AND o.staleSince IS NULL"
                + " AND o.verificationRequestedAt < :requestedBefore ORDER BY o.id")
public class Organization extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_IN_STATE_IN_MUNICIPALITY = "Organization.countInStateInMunicipality";
    public static final String COUNT_IN_STATE_BY_MUNICIPALITY = "Organization.countInStateByMunicipality";
    public static final String FIND_BY_REGISTRATION = "Organization.findByRegistration";
    public static final String FIND_BY_SUBMISSION = "Organization.findBySubmission";
    /** The ids of published organizations verified before {@code :verifiedBefore} whose people were not asked yet. */
    public static final String DUE_FOR_VERIFICATION = "Organization.dueForVerification";
    /** The ids of published organizations asked before {@code :requestedBefore}, not confirmed and not stale yet. */
    public static final String DUE_FOR_STALE = "Organization.dueForStale";

    public static final int SLUG_LENGTH = 120;

    public static final int FULL_NAME_LENGTH = OrganizationDetails.FULL_NAME_LENGTH;
    public static final int SHORT_NAME_LENGTH = OrganizationDetails.SHORT_NAME_LENGTH;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private OrganizationKind kind;

    @NotBlank
    @Size(max = FULL_NAME_LENGTH)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_LENGTH)
    private String fullName;

    @Size(max = SHORT_NAME_LENGTH)
    @Column(name = "short_name", length = SHORT_NAME_LENGTH)
    private String shortName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PublicationState state = PublicationState.DRAFT;

    @Column(name = "inn", unique = true, length = 12)
    private String inn;

    @Column(name = "ogrn", unique = true, length = 15)
    private String ogrn;

    @Size(max = SLUG_LENGTH)
    @Column(name = "slug", length = SLUG_LENGTH)
    private String slug;

    /** The key of the form that registered it: the same form sent twice registers one organization. */
    @Column(name = "submission_key", unique = true, length = 36, updatable = false)
    private String submissionKey;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private OrganizationRevision publishedRevision;

    /** When the data was last confirmed: by an approval, a representative or a moderator. */
    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    /** When the representatives were asked to confirm the data; null while no answer is awaited. */
    @Column(name = "verification_requested_at")
    private Instant verificationRequestedAt;

    /** Since when the directory shows the data as not confirmed for long; null while it is fresh. */
    @Column(name = "stale_since")
    private Instant staleSince;

    /** The UUID open data (HSDS) knows it by: its own, or that of the record an import brought; never changed. */
    @Column(name = "hsds_id", nullable = false, length = 36, updatable = false)
    private String hsdsId = UUID.randomUUID().toString();

    protected Organization() {}

    public Organization(OrganizationKind kind, String fullName, Municipality municipality) {
        this.kind = kind;
        this.fullName = fullName;
        this.municipality = municipality;
    }

    public Organization(OrganizationKind kind, String fullName, Municipality municipality, String submissionKey) {
        this(kind, fullName, municipality);
        this.submissionKey = submissionKey;
    }

    /** Takes the listed fields from a revision: the published one, or the first draft of a new organization. */
    public void listFrom(OrganizationRevision revision, String slug) {
        OrganizationDetails details = revision.getDetails();
        this.kind = details.getKind();
        this.fullName = details.getFullName();
        this.shortName = details.getShortName();
        this.municipality = revision.getMunicipality();
        this.inn = blankToNull(details.getInn());
        this.ogrn = blankToNull(details.getOgrn());
        this.slug = slug;
    }

    /** Publishes an approved revision: its approval verifies the data, at the time it was decided. */
    public void publish(OrganizationRevision revision, String slug) {
        listFrom(revision, slug);
        this.publishedRevision = revision;
        this.state = PublicationState.PUBLISHED;
        verified(revision.getDecidedAt() != null ? revision.getDecidedAt() : Instant.now());
    }

    /** Someone who may vouch for the data confirmed it: it is fresh again, and nobody waits for an answer. */
    public void verified(Instant at) {
        this.lastVerifiedAt = at;
        this.verificationRequestedAt = null;
        this.staleSince = null;
    }

    /** Its representatives were asked to confirm the data. */
    public void verificationRequested(Instant at) {
        this.verificationRequestedAt = at;
    }

    /** Asked and not confirmed in time: shown as stale from now on, until someone confirms it. */
    public void markStale(Instant at) {
        this.staleSince = at;
    }

    public boolean isStale() {
        return staleSince != null;
    }

    /**
     * Takes the organization out of the public directory as archived or unpublished; its revisions stay, and a new
     * approval brings it back.
     */
    public void withdrawFromDirectory(PublicationState outcome) {
        if (outcome != PublicationState.ARCHIVED && outcome != PublicationState.UNPUBLISHED) {
            throw new IllegalArgumentException(outcome.name());
        }
        this.state = outcome;
    }

    /** The short name where there is one, else the full name. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getInn() {
        return inn;
    }

    public String getOgrn() {
        return ogrn;
    }

    public String getSlug() {
        return slug;
    }

    public OrganizationRevision getPublishedRevision() {
        return publishedRevision;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public PublicationState getState() {
        return state;
    }

    public void setState(PublicationState state) {
        this.state = state;
    }

    public Instant getLastVerifiedAt() {
        return lastVerifiedAt;
    }

    public Instant getVerificationRequestedAt() {
        return verificationRequestedAt;
    }

    public Instant getStaleSince() {
        return staleSince;
    }

    /** The UUID of open data (HSDS 3.0) for it. */
    public String getHsdsId() {
        return hsdsId;
    }

    /**
     * Takes the UUID a record of open data gave it (an import), before it is first saved.
     *
     * @throws IllegalStateException when it was saved already: the UUID is never changed
     */
    public void identifyAs(UUID hsdsId) {
        if (!isNew()) {
            throw new IllegalStateException("the HSDS id of a saved record is never changed");
        }
        this.hsdsId = hsdsId.toString();
    }
}
