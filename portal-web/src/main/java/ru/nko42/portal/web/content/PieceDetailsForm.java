package ru.nko42.portal.web.content;

import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.model.content.ContentKind;

/**
 * The part of the editor's form for what one kind of piece has beyond the common fields: a view-scoped bean per
 * kind, with its fields in an include of {@code /editor/piece.xhtml} inside the form {@code piece}. The piece's
 * editor fills it when the piece is opened and sends {@link #details()} with every save.
 */
public interface PieceDetailsForm {

    ContentKind kind();

    /** Shows the stored details (never null for a kind that has a form). */
    void show(PieceDetails details);

    /** The details as typed, to save with the piece. */
    PieceDetails details();
}
