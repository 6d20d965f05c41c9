package ru.nko42.portal.web.services;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.web.config.QueryString;

/**
 * A search of services as its address carries it ({@code /services?q=пожилым&municipality=kemerovsky-go&open=now}),
 * so a search can be bookmarked, shared and crawled: the words, each dimension's chosen values (a parameter may
 * repeat), "open now" or "open at" a local Kuzbass time, a point with a radius, the order and the page. Anything may
 * arrive in an address: what cannot be understood is dropped, never an error.
 *
 * @param text the words, or {@code null}
 * @param filters each dimension's chosen codes
 * @param openNow only services open now
 * @param openAt only services open at this Kuzbass time ({@code null} for any); ignored when {@code openNow}
 * @param near the point distances are measured from (the browser's location or a municipality's centre)
 * @param radiusKm only services this near the point, or {@code null}
 * @param order the order of the hits
 * @param page the page, from 1
 */
public record ServicesAddress(
        String text,
        Map<FacetDimension, Set<String>> filters,
        boolean openNow,
        LocalDateTime openAt,
        GeoPoint near,
        Integer radiusKm,
        SearchRequest.Order order,
        int page) {

    public static final String PATH = "/services";

    /** The radii offered, in km. */
    public static final List<Integer> RADII = List.of(1, 3, 5, 10, 25, 50, 100);

    private static final int PAGE_DIGITS = 5;
    private static final int MOST_VALUES = 20;

    public ServicesAddress {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > SearchRequest.MAX_TEXT) {
            text = text.substring(0, SearchRequest.MAX_TEXT);
        }
        Map<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(dimension, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        openAt = openNow ? null : openAt;
        radiusKm = near == null || radiusKm == null || radiusKm <= 0 ? null : Math.min(radiusKm, 500);
        order = order == null ? SearchRequest.Order.RELEVANCE : order;
        page = Math.max(1, page);
    }

    /** The name of a dimension's parameter: {@code municipality}, {@code type}, {@code free}... */
    public static String param(FacetDimension dimension) {
        return switch (dimension) {
            case MUNICIPALITY -> "municipality";
            case TYPE -> "type";
            case FORM -> "form";
            case CATEGORY -> "category";
            case LANGUAGE -> "language";
            case FREE -> "free";
            case ACCESSIBLE -> "accessible";
        };
    }

    /** Reads the request's parameters, leniently. */
    public static ServicesAddress parse(Map<String, String[]> parameters) {
        Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            String[] values = parameters.get(param(dimension));
            if (values == null) {
                continue;
            }
            Set<String> kept = new LinkedHashSet<>();
            Arrays.stream(values)
                    .filter(value -> value != null && !value.isBlank() && value.length() <= 40)
                    .map(String::strip)
                    .map(value -> dimension.isYesNo() ? yesNo(value) : value)
                    .filter(value -> value != null)
                    .limit(MOST_VALUES)
                    .forEach(kept::add);
            if (!kept.isEmpty()) {
                filters.put(dimension, kept);
            }
        }
        String open = first(parameters, "open");
        return new ServicesAddress(
                first(parameters, "q"),
                filters,
                "now".equals(open),
                localTime(first(parameters, "at")),
                point(first(parameters, "near")),
                number(first(parameters, "radius")),
                order(first(parameters, "sort")),
                number(first(parameters, "page")) == null ? 1 : number(first(parameters, "page")));
    }

    /** The same address keeping only the codes that name something (unknown municipalities, say, are dropped). */
    public ServicesAddress known(Map<FacetDimension, Set<String>> knownCodes) {
        Map<FacetDimension, Set<String>> kept = new EnumMap<>(FacetDimension.class);
        filters.forEach((dimension, values) -> {
            Set<String> known = knownCodes.get(dimension);
            Set<String> left = new LinkedHashSet<>(values);
            if (known != null) {
                left.retainAll(known);
            }
            kept.put(dimension, left);
        });
        return new ServicesAddress(text, kept, openNow, openAt, near, radiusKm, order, page);
    }

    /** What the index is asked, without the hours (the caller adds them). */
    public SearchRequest request() {
        SearchRequest request = new SearchRequest(
                text,
                filters,
                near,
                radiusKm == null ? null : radiusKm.doubleValue(),
                null,
                order,
                page,
                SearchRequest.DEFAULT_PAGE_SIZE);
        return request;
    }

    /** Whether anything narrows the search besides the words. */
    public boolean filtered() {
        return !filters.isEmpty() || openNow || openAt != null || radiusKm != null;
    }

    /** Whether the value of the dimension is chosen. */
    public boolean chosen(FacetDimension dimension, String code) {
        return filters.getOrDefault(dimension, Set.of()).contains(code);
    }

    /** The same search with the value chosen if it was not, left out if it was; first page. */
    public ServicesAddress toggled(FacetDimension dimension, String code) {
        Map<FacetDimension, Set<String>> changed = new EnumMap<>(FacetDimension.class);
        changed.putAll(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(dimension, Set.of()));
        if (!values.remove(code)) {
            if (dimension.isYesNo()) {
                values.clear();
            }
            values.add(code);
        }
        changed.put(dimension, values);
        return new ServicesAddress(text, changed, openNow, openAt, near, radiusKm, order, 1);
    }

    /** The same search without any value of the dimension. */
    public ServicesAddress without(FacetDimension dimension) {
        Map<FacetDimension, Set<String>> changed = new EnumMap<>(FacetDimension.class);
        changed.putAll(filters);
        changed.remove(dimension);
        return new ServicesAddress(text, changed, openNow, openAt, near, radiusKm, order, 1);
    }

    /** The same search at any time of day. */
    public ServicesAddress anyTime() {
        return new ServicesAddress(text, filters, false, null, near, radiusKm, order, 1);
    }

    /** The same search at any distance (the point stays, for the order). */
    public ServicesAddress anyDistance() {
        return new ServicesAddress(text, filters, openNow, openAt, near, null, order, 1);
    }

    /** The same search without the point at all. */
    public ServicesAddress nowhere() {
        return new ServicesAddress(text, filters, openNow, openAt, null, null, order, 1);
    }

    public ServicesAddress onPage(int number) {
        return new ServicesAddress(text, filters, openNow, openAt, near, radiusKm, order, number);
    }

    /** The address: the path and its query, parameters in a fixed order. */
    public String url() {
        QueryString query = new QueryString().add("q", text);
        for (FacetDimension dimension : FacetDimension.values()) {
            filters.getOrDefault(dimension, Set.of()).stream()
                    .sorted()
                    .forEach(value -> query.add(param(dimension), value));
        }
        query.add("open", openNow ? "now" : null)
                .add("at", openAt == null ? null : openAt.toString())
                .add("near", near == null ? null : nearText())
                .add("radius", radiusKm)
                .add(
                        "sort",
                        order == SearchRequest.Order.RELEVANCE
                                ? null
                                : order.name().toLowerCase(Locale.ROOT))
                .add("page", page == 1 ? null : page);
        String built = query.toString();
        return built.isEmpty() ? PATH : PATH + "?" + built;
    }

    /** The point as the {@code near} parameter writes it: "55.355,86.087". */
    public String nearText() {
        return near == null ? null : String.format(Locale.ROOT, "%.4f,%.4f", near.latitude(), near.longitude());
    }

    /** The chosen filters, each removable: in the order of the dimensions. */
    public List<Chosen> chosen() {
        List<Chosen> chosen = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            filters.getOrDefault(dimension, Set.of()).stream()
                    .sorted()
                    .forEach(code -> chosen.add(new Chosen(dimension, code, toggled(dimension, code))));
        }
        return chosen;
    }

    /** A chosen value of a dimension and the search without it. */
    public record Chosen(FacetDimension dimension, String code, ServicesAddress without) {}

    private static String yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "on" -> FacetDimension.YES;
            default -> null;
        };
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Integer number(String text) {
        if (text == null
                || text.isBlank()
                || text.length() > PAGE_DIGITS
                || !text.strip().matches("\\d+")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static LocalDateTime localTime(String text) {
        if (text == null || text.isBlank() || text.length() > 30) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static GeoPoint point(String text) {
        if (text == null || text.length() > 40) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 2) {
            return null;
        }
        try {
            return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SearchRequest.Order order(String text) {
        if (text == null) {
            return null;
        }
        for (SearchRequest.Order order : SearchRequest.Order.values()) {
            if (order.name().equalsIgnoreCase(text.strip())) {
                return order;
            }
        }
        return null;
    }
}
