package ru.nko42.portal.search.control;

import java.time.Instant;
import java.util.List;
import ru.nko42.portal.model.content.ContentKind;

/** A piece of the centre's site as the site search indexes it: its texts as plain text, and when it goes public. */
public record IndexedPiece(
        long id, ContentKind kind, String slug, String title, String text, List<String> tags, Instant publishAt) {}
