package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentState;

/**
 * A piece as its editor sees it: every field, the version to save against, and whether visitors see it now
 * ({@code publicNow}: published, or scheduled and its time has come), and the project a news item or event belongs to.
 */
public record PieceView(
        long id,
        long version,
        ContentKind kind,
        String title,
        String lead,
        String body,
        String coverImageKey,
        String slug,
        List<String> tags,
        ContentState state,
        Instant publishAt,
        Instant publishedAt,
        String publishedBy,
        Instant updatedAt,
        boolean publicNow,
        Long projectId)
        implements Serializable {

    static PieceView of(ContentPiece piece, Instant now) {
        return new PieceView(
                piece.getId(),
                piece.getVersion(),
                piece.getKind(),
                piece.getTitle(),
                piece.getLead(),
                piece.getBody(),
                piece.getCoverImageKey(),
                piece.getSlug(),
                List.copyOf(piece.getTags()),
                piece.getState(),
                piece.getPublishAt(),
                piece.getPublishedAt(),
                piece.getPublishedBy() == null ? null : piece.getPublishedBy().getEmail(),
                piece.getUpdatedAt(),
                piece.isPublicAt(now),
                piece.getProjectId());
    }

    /** The tags as the form shows them: separated by commas. */
    public String tagsText() {
        return String.join(", ", tags);
    }
}
