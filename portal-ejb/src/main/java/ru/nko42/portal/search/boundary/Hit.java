package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * One service found: enough for a line of the result list (the page fetches the rest by id).
 *
 * @param id the service's id
 * @param name its name, as runs with the matched words highlighted
 * @param organizationName the name of its organization
 * @param snippet the passages of its description that match best, as runs with the matched words highlighted (the
 *     description's beginning when no word of it matched; passages apart are joined by a run "… ")
 * @param distanceKm how far its nearest location is from the request's point, or {@code null} without a point or
 *     without a location
 * @param score how well it matched the text (0 without text); only comparable within one result
 */
public record Hit(
        long id, List<TextRun> name, String organizationName, List<TextRun> snippet, Double distanceKm, float score)
        implements Serializable {

    public Hit {
        name = List.copyOf(name);
        snippet = List.copyOf(snippet);
    }

    /** The name without marks. */
    public String plainName() {
        return TextRun.plain(name);
    }

    /** The snippet without marks. */
    public String plainSnippet() {
        return TextRun.plain(snippet);
    }
}
