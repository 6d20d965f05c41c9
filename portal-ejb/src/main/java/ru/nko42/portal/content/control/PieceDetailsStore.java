package ru.nko42.portal.content.control;

import java.util.Map;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * Reads and writes the {@link PieceDetails} of one kind of piece. A CDI bean per kind; the editing service finds it
 * by {@link #kind()} and calls it inside its own transaction, so a refusal ({@link
 * ru.nko42.portal.content.boundary.InvalidContentException}) leaves neither the piece nor its details half-saved.
 */
public interface PieceDetailsStore {

    ContentKind kind();

    /** The piece's details as the form shows them; a new piece's defaults when none are stored yet. */
    PieceDetails read(ContentPiece piece);

    /** Checks {@code details} (refusing with field problems) and stores them for {@code piece}. */
    void write(ContentPiece piece, PieceDetails details);

    /** The details as the audit log records them. */
    Map<String, Object> auditFields(ContentPiece piece);
}
