package ru.nko42.portal.model.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * One piece of the centre's site (a news item, an event, a project...): title, short lead, a body of already
 * sanitized HTML, an optional cover image key, tags, a slug unique within its kind and, for a news item or an event,
 * the project it belongs to. It is public when it
 * is {@link ContentState#PUBLISHED published} or {@link ContentState#SCHEDULED scheduled} and its publish-at time has
 * come.
 */
@Entity
@Table(name = "content_piece")
@NamedQuery(
        name = ContentPiece.FIND_BY_SLUG,
        query = "SELECT p FROM ContentPiece p WHERE p.kind = :kind AND p.slug = :slug")
@NamedQuery(
        name = ContentPiece.FIND_BY_KIND_AND_STATE,
        query = "SELECT p FROM ContentPiece p WHERE p.kind = :kind AND p.state = :state"
                + " ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(
        name = ContentPiece.FIND_BY_KIND,
        query = "SELECT p FROM ContentPiece p WHERE p.kind = :kind ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(
        name = ContentPiece.COUNT_PUBLIC,
        query = "SELECT COUNT(p) FROM ContentPiece p WHERE p.kind = :kind AND p.state IN :shown"
                + " AND p.publishAt <= :now AND (:project IS NULL OR p.projectId = :project)")
@NamedQuery(
        name = ContentPiece.FIND_PUBLIC_IDS,
        query = "SELECT p.id FROM ContentPiece p WHERE p.kind = :kind AND p.state IN :shown AND p.publishAt <= :now"
                + " AND (:project IS NULL OR p.projectId = :project) ORDER BY p.publishAt DESC, p.id DESC")
@NamedQuery(
        name = ContentPiece.COUNT_PUBLIC_TAGGED,
        query = "SELECT COUNT(p) FROM ContentPiece p JOIN p.tags t WHERE p.kind = :kind AND p.state IN :shown"
                + " AND p.publishAt <= :now AND t = :tag AND (:project IS NULL OR p.projectId = :project)")
@NamedQuery(
        name = ContentPiece.FIND_PUBLIC_IDS_TAGGED,
        query = "SELECT p.id FROM ContentPiece p JOIN p.tags t WHERE p.kind = :kind AND p.state IN :shown"
                + " AND p.publishAt <= :now AND t = :tag AND (:project IS NULL OR p.projectId = :project)"
                + " ORDER BY p.publishAt DESC, p.id DESC")
@NamedQuery(name = ContentPiece.FIND_BY_IDS, query = "SELECT p FROM ContentPiece p WHERE p.id IN :ids")
@NamedQuery(
        name = ContentPiece.PUBLIC_TAGS,
        query = "SELECT t, COUNT(p) FROM ContentPiece p JOIN p.tags t WHERE p.kind = :kind AND p.state IN :shown"
                + " AND p.publishAt <= :now GROUP BY t ORDER BY COUNT(p) DESC, t")
public class ContentPiece extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SLUG = "ContentPiece.findBySlug";
    public static final String FIND_BY_KIND = "ContentPiece.findByKind";
    public static final String FIND_BY_KIND_AND_STATE = "ContentPiece.findByKindAndState";
    public static final String COUNT_PUBLIC = "ContentPiece.countPublic";
    public static final String FIND_PUBLIC_IDS = "ContentPiece.findPublicIds";
    public static final String COUNT_PUBLIC_TAGGED = "ContentPiece.countPublicTagged";
    public static final String FIND_PUBLIC_IDS_TAGGED = "ContentPiece.findPublicIdsTagged";
    public static final String FIND_BY_IDS = "ContentPiece.findByIds";
    public static final String PUBLIC_TAGS = "ContentPiece.publicTags";

    /** The states in which a piece is shown once its publish-at time has come. */
    public static final Set<ContentState> SHOWN = Set.of(ContentState.PUBLISHED, ContentState.SCHEDULED);

    public static final int TITLE_LENGTH = 200;
    public static final int LEAD_LENGTH = 500;
    /** The body's HTML after sanitizing; MEDIUMTEXT holds far more, the limit keeps pages sane. */
    public static final int BODY_LENGTH = 200_000;

    public static final int COVER_KEY_LENGTH = 200;
    public static final int SLUG_LENGTH = 120;
    public static final int TAG_LENGTH = 60;
    public static final int MAX_TAGS = 12;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private ContentKind kind;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = LEAD_LENGTH)
    @Column(name = "lead_text", length = LEAD_LENGTH)
    private String lead;

    @Lob
    @Size(max = BODY_LENGTH)
    @Column(name = "body")
    private String body;

    @Size(max = COVER_KEY_LENGTH)
    @Column(name = "cover_image_key", length = COVER_KEY_LENGTH)
    private String coverImageKey;

    @NotBlank
    @Size(max = SLUG_LENGTH)
    @Column(name = "slug", nullable = false, length = SLUG_LENGTH)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ContentState state;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    private Account publishedBy;

    /** The project (a piece of kind PROJECT) a news item or an event belongs to, or null. */
    @Column(name = "project_id")
    private Long projectId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_tag", joinColumns = @JoinColumn(name = "piece_id"))
    @Column(name = "tag", nullable = false, length = TAG_LENGTH)
    private Set<String> tags = new TreeSet<>();

    protected ContentPiece() {}

    public ContentPiece(ContentKind kind, String title, String slug) {
        this.kind = kind;
        this.title = title;
        this.slug = slug;
        this.state = ContentState.DRAFT;
    }

    /** Whether visitors see the piece at {@code now}. */
    public boolean isPublicAt(Instant now) {
        return SHOWN.contains(state) && publishAt != null && !publishAt.isAfter(now);
    }

    /** Shows the piece from {@code at} on (now or later), published by {@code by}. */
    public void publish(Instant at, Instant now, Account by) {
        this.state = at.isAfter(now) ? ContentState.SCHEDULED : ContentState.PUBLISHED;
        this.publishAt = at;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    /** Takes the piece off the site; it keeps its text, slug and the time it was last published. */
    public void unpublish() {
        this.state = ContentState.UNPUBLISHED;
    }

    public ContentKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCoverImageKey() {
        return coverImageKey;
    }

    public void setCoverImageKey(String coverImageKey) {
        this.coverImageKey = coverImageKey;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public ContentState getState() {
        return state;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Account getPublishedBy() {
        return publishedBy;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Set<String> getTags() {
        return tags;
    }

    public void setTags(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }
}
