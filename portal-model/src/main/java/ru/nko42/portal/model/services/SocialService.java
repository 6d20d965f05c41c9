package ru.nko42.portal.model.services;

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
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * A social service an organization gives. Its listing lives in revisions, as a profile's does; the service keeps its
 * organization, the name its members see it by (of the published revision, or of the first draft while nothing is
 * published), its publication state, the revision that is public, and when its data was last confirmed (an approval).
 * A published service stays public, as it was approved, while an edit waits for moderation.
 */
@Entity
@Table(name = "social_service")
@NamedQuery(
        name = SocialService.FIND_BY_ORGANIZATION,
        query = "SELECT s FROM SocialService s WHERE s.organization = :organization ORDER BY s.name")
@NamedQuery(
        name = SocialService.FIND_BY_SUBMISSION,
        query = "SELECT s FROM SocialService s WHERE s.submissionKey = :key")
@NamedQuery(
        name = SocialService.FIND_PUBLISHED_IDS,
        query =
                "SELECT s.id FROM SocialService s WHERE s.state = ru.nko42.portal.model.directory.PublicationState.PUBLISHED"
                        + " AND s.organization.state = ru.nko42.portal.model.directory.PublicationState.PUBLISHED ORDER BY s.id")
public class SocialService extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ORGANIZATION = "SocialService.findByOrganization";
    public static final String FIND_BY_SUBMISSION = "SocialService.findBySubmission";
    /** The ids of the services citizens may find: published, of a published organization. */
    public static final String FIND_PUBLISHED_IDS = "SocialService.findPublishedIds";

    public static final int NAME_LENGTH = ServiceDetails.NAME_LENGTH;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PublicationState state = PublicationState.DRAFT;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private ServiceRevision publishedRevision;

    /** The key of the form that created it: the same form sent twice creates one service. */
    @Column(name = "submission_key", unique = true, length = 36, updatable = false)
    private String submissionKey;

    /** When the listing was last confirmed: by an approval. */
    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    /** The UUID open data (HSDS) knows it by: its own, or that of the record an import brought; never changed. */
    @Column(name = "hsds_id", nullable = false, length = 36, updatable = false)
    private String hsdsId = UUID.randomUUID().toString();

    protected SocialService() {}

    public SocialService(Organization organization, String name, String submissionKey) {
        this.organization = organization;
        this.name = name;
        this.submissionKey = submissionKey;
    }

    /** Takes the name from a revision: the published one, or a draft while nothing is published. */
    public void listFrom(ServiceRevision revision) {
        this.name = revision.getDetails().getName();
    }

    /** Publishes an approved revision: its approval verifies the listing, at the time it was decided. */
    public void publish(ServiceRevision revision) {
        listFrom(revision);
        this.publishedRevision = revision;
        this.state = PublicationState.PUBLISHED;
        this.lastVerifiedAt = revision.getDecidedAt() != null ? revision.getDecidedAt() : Instant.now();
    }

    /** Takes the service out of the search as archived or unpublished; a new approval brings it back. */
    public void withdrawFromPublic(PublicationState outcome) {
        if (outcome != PublicationState.ARCHIVED && outcome != PublicationState.UNPUBLISHED) {
            throw new IllegalArgumentException(outcome.name());
        }
        this.state = outcome;
    }

    /** Whether citizens may find it: published, and its organization too. */
    public boolean isPublic() {
        return state == PublicationState.PUBLISHED && organization.getState() == PublicationState.PUBLISHED;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public PublicationState getState() {
        return state;
    }

    public void setState(PublicationState state) {
        this.state = state;
    }

    public ServiceRevision getPublishedRevision() {
        return publishedRevision;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public Instant getLastVerifiedAt() {
        return lastVerifiedAt;
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
