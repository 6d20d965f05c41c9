package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentState;

/** A line of the editors' list of pieces. */
public record PieceRow(
        long id,
        ContentKind kind,
        String title,
        String slug,
        ContentState state,
        Instant publishAt,
        Instant updatedAt,
        boolean publicNow)
        implements Serializable {

    static PieceRow of(ContentPiece piece, Instant now) {
        return new PieceRow(
                piece.getId(),
                piece.getKind(),
                piece.getTitle(),
                piece.getSlug(),
                piece.getState(),
                piece.getPublishAt(),
                piece.getUpdatedAt(),
                piece.isPublicAt(now));
    }
}
