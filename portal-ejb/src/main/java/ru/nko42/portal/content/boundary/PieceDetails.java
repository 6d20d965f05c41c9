package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/**
 * What a piece of one kind has beyond the common fields (an event's date and place, a project's funder...). The
 * editor's form carries it in {@link PieceEdit#details()}; the kind's {@link
 * ru.nko42.portal.content.control.PieceDetailsStore} checks and writes it in the same transaction as the piece.
 */
public interface PieceDetails extends Serializable {}
