package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One page of what a search found, how many it found in all, and the facet counts of every dimension.
 *
 * @param hits the services of the page, in the request's order
 * @param total how many services match the text and every filter
 * @param page the page given: the one asked for, or the last one when that was further
 * @param pageSize the hits per page
 * @param facets the counts of every dimension, in the order of {@link FacetDimension}
 */
public record SearchResult(List<Hit> hits, long total, int page, int pageSize, List<Facet> facets)
        implements Serializable {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** Nothing found, with empty counts. */
    public static SearchResult empty(SearchRequest request) {
        List<Facet> none = Arrays.stream(FacetDimension.values())
                .map(dimension -> new Facet(dimension, List.of()))
                .toList();
        return new SearchResult(List.of(), 0, 1, request.pageSize(), none);
    }

    /** The counts of one dimension. */
    public Facet facet(FacetDimension dimension) {
        return facets.stream()
                .filter(facet -> facet.dimension() == dimension)
                .findFirst()
                .orElseGet(() -> new Facet(dimension, List.of()));
    }

    /** The pages there are, at most as deep as {@link SearchRequest#MAX_WINDOW} allows. */
    public int pageCount() {
        long pages = Math.max(1, (total + pageSize - 1) / pageSize);
        return (int) Math.min(pages, SearchRequest.MAX_WINDOW / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
