package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.model.content.ContentKind;

/** A piece of the centre's site the search found: where it is, its title and a passage with the words marked. */
public record SiteHit(
        long id, ContentKind kind, String slug, List<TextRun> title, List<TextRun> snippet, Instant publishAt)
        implements Serializable {

    /** The site path of the piece, from the context root. */
    public String path() {
        return kind.publicPath(slug);
    }
}
