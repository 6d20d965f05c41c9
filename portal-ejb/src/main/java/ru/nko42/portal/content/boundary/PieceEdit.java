package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/**
 * What an editor saves: the piece and the version the form was opened at, the texts as typed (the body as the rich
 * text editor wrote it, cleaned on save), the slug (blank: made from the title) and tags separated by commas.
 */
public record PieceEdit(
        long id,
        long baseVersion,
        String title,
        String lead,
        String body,
        String coverImageKey,
        String slug,
        String tags)
        implements Serializable {}
