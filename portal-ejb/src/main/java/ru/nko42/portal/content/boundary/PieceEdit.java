package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/**
 * What an editor saves: the piece and the version the form was opened at, the texts as typed (the body as the rich
 * text editor wrote it, cleaned on save), the slug (blank: made from the title), tags separated by commas, and the
 * details of the piece's kind (null for a kind that has none), and the project (a PROJECT piece's id) a news item or an
 * event belongs to (null: none; ignored for other kinds). The cover is not the form's: {@link ContentFileService}
 * sets and removes it.
 */
public record PieceEdit(
        long id,
        long baseVersion,
        String title,
        String lead,
        String body,
        String slug,
        String tags,
        PieceDetails details,
        Long projectId)
        implements Serializable {

    /** An edit that sets no project. */
    public PieceEdit(
            long id,
            long baseVersion,
            String title,
            String lead,
            String body,
            String slug,
            String tags,
            PieceDetails details) {
        this(id, baseVersion, title, lead, body, slug, tags, details, null);
    }

    /** An edit of a piece whose kind has no details of its own. */
    public PieceEdit(long id, long baseVersion, String title, String lead, String body, String slug, String tags) {
        this(id, baseVersion, title, lead, body, slug, tags, null, null);
    }
}
