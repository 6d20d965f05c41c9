package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.List;

/** One page (from 0) of the site search's hits, best first, and how many there are in all. */
public record SiteResult(List<SiteHit> hits, long total, int page, int size) implements Serializable {

    public static SiteResult empty(int size) {
        return new SiteResult(List.of(), 0, 0, size);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
