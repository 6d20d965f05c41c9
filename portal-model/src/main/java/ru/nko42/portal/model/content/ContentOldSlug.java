package ru.nko42.portal.model.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A slug a piece was once reachable under, so an old link still leads to it (a permanent redirect to the current
 * slug). Unique within a kind, like current slugs.
 */
@Entity
@Table(name = "content_old_slug")
@NamedQuery(
        name = ContentOldSlug.FIND,
        query = "SELECT o FROM ContentOldSlug o WHERE o.kind = :kind AND o.slug = :slug")
public class ContentOldSlug extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND = "ContentOldSlug.find";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private ContentKind kind;

    @Column(name = "slug", nullable = false, updatable = false, length = ContentPiece.SLUG_LENGTH)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "piece_id", nullable = false, updatable = false)
    private ContentPiece piece;

    protected ContentOldSlug() {}

    public ContentOldSlug(ContentPiece piece, String slug) {
        this.kind = piece.getKind();
        this.slug = slug;
        this.piece = piece;
    }

    public ContentKind getKind() {
        return kind;
    }

    public String getSlug() {
        return slug;
    }

    public ContentPiece getPiece() {
        return piece;
    }
}
