package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a citizen asks the service search. Values come from the URL, so anything may arrive: the record keeps only
 * what makes sense (text of at most {@link #MAX_TEXT} characters, a page size from 1 to {@link #MAX_PAGE_SIZE},
 * a page no deeper than {@link #MAX_WINDOW} hits, a radius only with a point).
 *
 * @param text the words to look for; {@code null} lists every service the filters let through
 * @param filters for each dimension the values of which a service must have at least one; a service must pass
 *     every dimension's filter
 * @param origin the point distances are measured from, or {@code null}
 * @param radiusKm only services with a location at most this far from {@code origin}, or {@code null} for any
 *     distance
 * @param among only the services with these ids, or {@code null} for any: a condition the index cannot know, such
 *     as "open now", computed by the caller from the services' schedules
 * @param order the order of the hits; see {@link #effectiveOrder()}
 * @param page the page, from 1
 * @param pageSize the hits per page
 */
public record SearchRequest(
        String text,
        Map<FacetDimension, Set<String>> filters,
        GeoPoint origin,
        Double radiusKm,
        Set<Long> among,
        Order order,
        int page,
        int pageSize)
        implements Serializable {

    public static final int MAX_TEXT = 200;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** How deep paging goes: the hits before the last one of a page, at most. */
    public static final int MAX_WINDOW = 10_000;

    /** The order of the hits. */
    public enum Order {
        /** The best matches of the text first; without text, nearest first with a point, by name without. */
        RELEVANCE,
        /** Nearest first (a service's nearest location counts); by name without a point. */
        DISTANCE,
        /** By name, ignoring case and ё/е. */
        NAME
    }

    public SearchRequest {
        text = cut(text);
        filters = copy(filters);
        if (radiusKm != null && (origin == null || !(radiusKm > 0) || radiusKm.isInfinite())) {
            radiusKm = null;
        }
        among = among == null ? null : Set.copyOf(among);
        order = order == null ? Order.RELEVANCE : order;
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        page = Math.min(Math.max(1, page), MAX_WINDOW / pageSize);
    }

    /** Every service, by name, first page. */
    public static SearchRequest all() {
        return new SearchRequest(null, Map.of(), null, null, null, Order.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
    }

    /** The best matches of the text, first page. */
    public static SearchRequest of(String text) {
        return all().withText(text);
    }

    public SearchRequest withText(String newText) {
        return new SearchRequest(newText, filters, origin, radiusKm, among, order, 1, pageSize);
    }

    /** Also requires one of these values of the dimension (adding to those already required). */
    public SearchRequest with(FacetDimension dimension, String... values) {
        return with(dimension, Arrays.asList(values));
    }

    /** Also requires one of these values of the dimension (adding to those already required). */
    public SearchRequest with(FacetDimension dimension, Collection<String> values) {
        Map<FacetDimension, Set<String>> changed = new EnumMap<>(FacetDimension.class);
        changed.putAll(filters);
        changed.merge(dimension, Set.copyOf(values), (old, added) -> {
            Set<String> both = new HashSet<>(old);
            both.addAll(added);
            return both;
        });
        return new SearchRequest(text, changed, origin, radiusKm, among, order, 1, pageSize);
    }

    /** The same request without the filter of one dimension. */
    public SearchRequest without(FacetDimension dimension) {
        Map<FacetDimension, Set<String>> changed = new EnumMap<>(FacetDimension.class);
        changed.putAll(filters);
        changed.remove(dimension);
        return new SearchRequest(text, changed, origin, radiusKm, among, order, 1, pageSize);
    }

    /** Only free services. */
    public SearchRequest freeOnly() {
        return with(FacetDimension.FREE, FacetDimension.YES);
    }

    /** Only services a wheelchair user can get. */
    public SearchRequest accessibleOnly() {
        return with(FacetDimension.ACCESSIBLE, FacetDimension.YES);
    }

    /** Distances from this point; only services within the radius unless it is {@code null}. */
    public SearchRequest near(GeoPoint point, Double radius) {
        return new SearchRequest(text, filters, point, radius, among, order, 1, pageSize);
    }

    /** Only the services with these ids (as well as the other conditions); {@code null} lifts the limit. */
    public SearchRequest among(Set<Long> ids) {
        return new SearchRequest(text, filters, origin, radiusKm, ids, order, 1, pageSize);
    }

    public SearchRequest sortedBy(Order newOrder) {
        return new SearchRequest(text, filters, origin, radiusKm, among, newOrder, 1, pageSize);
    }

    public SearchRequest onPage(int number) {
        return new SearchRequest(text, filters, origin, radiusKm, among, order, number, pageSize);
    }

    public SearchRequest onPage(int number, int size) {
        return new SearchRequest(text, filters, origin, radiusKm, among, order, number, size);
    }

    /** The values required of a dimension; empty when it is not filtered. */
    public Set<String> filter(FacetDimension dimension) {
        return filters.getOrDefault(dimension, Set.of());
    }

    /**
     * The order the hits really come in: relevance needs text (else nearest first with a point, by name without),
     * distance needs a point (else relevance with text, by name without).
     */
    public Order effectiveOrder() {
        return switch (order) {
            case RELEVANCE -> text != null ? Order.RELEVANCE : origin != null ? Order.DISTANCE : Order.NAME;
            case DISTANCE -> origin != null ? Order.DISTANCE : text != null ? Order.RELEVANCE : Order.NAME;
            case NAME -> Order.NAME;
        };
    }

    private static String cut(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() <= MAX_TEXT) {
            return stripped;
        }
        int end = Character.isHighSurrogate(stripped.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return stripped.substring(0, end).strip();
    }

    private static Map<FacetDimension, Set<String>> copy(Map<FacetDimension, Set<String>> filters) {
        if (filters == null || filters.isEmpty()) {
            return Map.of();
        }
        Map<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        filters.forEach((dimension, values) -> {
            if (dimension != null && values != null) {
                Set<String> kept = values.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(value -> !value.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
                if (!kept.isEmpty()) {
                    copy.put(dimension, kept);
                }
            }
        });
        return Map.copyOf(copy);
    }
}
