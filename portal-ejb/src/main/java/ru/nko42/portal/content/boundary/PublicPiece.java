package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * A piece as visitors see it. {@code body} is HTML already cleaned by the allow-list sanitizer when it was saved, the
 * only text a page may write unescaped; {@code publishAt} is the date shown.
 */
public record PublicPiece(
        long id,
        ContentKind kind,
        String slug,
        String title,
        String lead,
        String body,
        String coverImageKey,
        List<String> tags,
        Instant publishAt,
        Instant updatedAt,
        Long projectId)
        implements Serializable {

    public static PublicPiece of(ContentPiece piece) {
        return new PublicPiece(
                piece.getId(),
                piece.getKind(),
                piece.getSlug(),
                piece.getTitle(),
                piece.getLead(),
                piece.getBody(),
                piece.getCoverImageKey(),
                List.copyOf(piece.getTags()),
                piece.getPublishAt(),
                piece.getUpdatedAt(),
                piece.getProjectId());
    }

    /** The cover image's address below the context root (for pages and Open Graph), or null without a cover. */
    public String coverPath() {
        return coverImageKey == null ? null : "/files/" + coverImageKey;
    }
}
