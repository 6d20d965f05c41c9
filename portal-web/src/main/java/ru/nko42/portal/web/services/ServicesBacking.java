package ru.nko42.portal.web.services;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.search.boundary.Facet;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.boundary.ServiceFacts;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.search.boundary.ZeroResultLog;
import ru.nko42.portal.services.boundary.ServiceVocabularyService;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.LanguageSwitcher;
import ru.nko42.portal.web.directory.PageLinks;

/**
 * The citizens' search of services, {@code /services}: the search from the address, one page of hits with their
 * badges and points, the facet counts as links, the pager, and when nothing is found the same search without its
 * narrowest filter and in all municipalities (the query is logged, without anything personal).
 */
@Named
@RequestScoped
public class ServicesBacking {

    @Inject
    ServiceSearch search;

    @Inject
    ZeroResultLog zeroResults;

    @Inject
    DirectoryOverviewService overview;

    @Inject
    ServiceVocabularyService vocabularies;

    @Inject
    LanguageSwitcher language;

    @Inject
    PortalClock clock;

    private Locale locale;
    private List<MunicipalitySummary> municipalities;
    private Map<FacetDimension, Map<String, String>> names;
    private ServicesAddress address;
    private Instant openAt;
    private SearchResult result;
    private List<Line> lines;
    private List<Suggestion> suggestions = List.of();

    @PostConstruct
    void load() {
        locale = language.getLocale();
        Collator collator = Collator.getInstance(locale);
        municipalities = overview.summary().municipalities().stream()
                .sorted(Comparator.comparing(m -> m.name(locale), collator))
                .toList();
        names = names();
        Map<FacetDimension, Set<String>> known = new EnumMap<>(FacetDimension.class);
        names.forEach((dimension, byCode) -> known.put(dimension, byCode.keySet()));
        address = ServicesAddress.parse(Faces.getRequestParameterValuesMap()).known(known);
        openAt = address.openNow()
                ? clock.now()
                : address.openAt() == null
                        ? null
                        : address.openAt().atZone(Schedule.KUZBASS).toInstant();
        result = search.search(address.request(), openAt);
        address = address.onPage(result.page());
        lines = lines(result.hits());
        if (result.total() == 0) {
            suggestions = suggestions();
            if (address.text() != null || address.filtered()) {
                zeroResults.record(address.text(), filterSummary());
            }
        }
    }

    public ServicesAddress getAddress() {
        return address;
    }

    public SearchResult getResult() {
        return result;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Suggestion> getSuggestions() {
        return suggestions;
    }

    public List<MunicipalitySummary> getMunicipalities() {
        return municipalities;
    }

    /** How far a line's nearest place is, in the reader's words ("850 м", "12,4 км"), or null without a point. */
    public String distance(Line line) {
        Double km = line.hit().distanceKm();
        if (km == null) {
            return null;
        }
        return km < 1
                ? Messages.format("services.distance.m", Math.round(km * 1000))
                : Messages.format("services.distance.km", Math.round(km * 10) / 10.0);
    }

    /** The name of a dimension's parameter in the address. */
    public String param(FacetDimension dimension) {
        return ServicesAddress.param(dimension);
    }

    /** Whether the point of the search is the reader's own (from "near me"), not a municipality's centre. */
    public boolean isNearIsOwn() {
        String near = address.nearText();
        return near != null && municipalities.stream().noneMatch(m -> near.equals(centre(m)));
    }

    public List<Integer> getRadii() {
        return ServicesAddress.RADII;
    }

    public List<SearchRequest.Order> getOrders() {
        return List.of(SearchRequest.Order.values());
    }

    public String orderParam(SearchRequest.Order order) {
        return order.name().toLowerCase(Locale.ROOT);
    }

    /** The "near" value of a municipality's centre, as the near-a-municipality choice sends it. */
    public String centre(MunicipalitySummary municipality) {
        return new ServicesAddress(
                        null,
                        Map.of(),
                        false,
                        null,
                        new GeoPoint(municipality.latitude(), municipality.longitude()),
                        null,
                        null,
                        1)
                .nearText();
    }

    /** The facets to show: each dimension with values, its values named, the most frequent first. */
    public List<FacetGroup> getFacets() {
        List<FacetGroup> groups = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            Facet facet = result.facet(dimension);
            List<FacetLink> links = facet.values().stream()
                    .filter(value -> !dimension.isYesNo() || FacetDimension.YES.equals(value.code()))
                    .map(value -> new FacetLink(
                            name(dimension, value.code()),
                            value.count(),
                            address.toggled(dimension, value.code()).url(),
                            address.chosen(dimension, value.code())))
                    .toList();
            if (!links.isEmpty()) {
                groups.add(new FacetGroup(ServicesAddress.param(dimension), links));
            }
        }
        return groups;
    }

    /** The chosen filters as removable chips. */
    public List<Chip> getChips() {
        List<Chip> chips = new ArrayList<>();
        address.chosen()
                .forEach(chosen -> chips.add(new Chip(
                        ServicesAddress.param(chosen.dimension()),
                        name(chosen.dimension(), chosen.code()),
                        chosen.without().url())));
        if (address.openNow()) {
            chips.add(new Chip("open", null, address.anyTime().url()));
        }
        if (address.openAt() != null) {
            chips.add(new Chip(
                    "at",
                    address.openAt().toString().replace('T', ' '),
                    address.anyTime().url()));
        }
        if (address.radiusKm() != null) {
            chips.add(new Chip(
                    "radius",
                    address.radiusKm().toString(),
                    address.anyDistance().url()));
        }
        return chips;
    }

    public List<PageLink> getPages() {
        return PageLinks.numbers(result.page(), result.pageCount()).stream()
                .map(n -> n == PageLinks.GAP
                        ? PageLink.GAP
                        : new PageLink(n, address.onPage(n).url(), n == result.page()))
                .toList();
    }

    public String getPreviousUrl() {
        return address.onPage(result.page() - 1).url();
    }

    public String getNextUrl() {
        return address.onPage(result.page() + 1).url();
    }

    public String getResetUrl() {
        return ServicesAddress.PATH;
    }

    /** The name of a code of a dimension in the reader's language (the code itself when unknown). */
    public String name(FacetDimension dimension, String code) {
        if (dimension == FacetDimension.LANGUAGE) {
            return languageName(code);
        }
        return names.getOrDefault(dimension, Map.of()).getOrDefault(code, code);
    }

    private Map<FacetDimension, Map<String, String>> names() {
        Map<FacetDimension, Map<String, String>> all = new EnumMap<>(FacetDimension.class);
        all.put(
                FacetDimension.MUNICIPALITY,
                municipalities.stream()
                        .collect(Collectors.toMap(
                                MunicipalitySummary::code, m -> m.name(locale), (a, b) -> a, LinkedHashMap::new)));
        all.put(FacetDimension.TYPE, byCode(vocabularies.serviceTypes()));
        all.put(FacetDimension.FORM, byCode(vocabularies.serviceForms()));
        all.put(FacetDimension.CATEGORY, byCode(vocabularies.recipientCategories()));
        all.put(FacetDimension.FREE, Map.of(FacetDimension.YES, ""));
        all.put(FacetDimension.ACCESSIBLE, Map.of(FacetDimension.YES, ""));
        return all;
    }

    private Map<String, String> byCode(List<ReferenceItem> items) {
        return items.stream()
                .collect(Collectors.toMap(
                        ReferenceItem::code, item -> item.name(locale), (a, b) -> a, LinkedHashMap::new));
    }

    private String languageName(String code) {
        if (Messages.has("services.language." + code)) {
            return Messages.text("services.language." + code);
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() ? code : name;
    }

    private List<Line> lines(List<Hit> hits) {
        List<Long> ids = hits.stream().map(Hit::id).toList();
        Map<Long, ServiceFacts> facts = search.facts(ids);
        Set<Long> open = search.openAmong(ids, clock.now());
        Map<String, String> municipalityNames = names.get(FacetDimension.MUNICIPALITY);
        return hits.stream()
                .map(hit -> {
                    ServiceFacts fact = facts.get(hit.id());
                    List<String> places = fact == null
                            ? List.of()
                            : fact.municipalities().stream()
                                    .map(code -> municipalityNames.getOrDefault(code, code))
                                    .sorted(Collator.getInstance(locale))
                                    .toList();
                    GeoPoint point = fact == null || fact.locations().isEmpty()
                            ? null
                            : nearest(fact.locations(), address.near());
                    return new Line(
                            hit,
                            String.join(", ", places),
                            open.contains(hit.id()),
                            fact != null && fact.free(),
                            fact != null && fact.wheelchairAccessible(),
                            point);
                })
                .toList();
    }

    private static GeoPoint nearest(List<GeoPoint> points, GeoPoint origin) {
        if (origin == null) {
            return points.get(0);
        }
        return points.stream()
                .min(Comparator.comparingDouble(p -> Math.pow(p.latitude() - origin.latitude(), 2)
                        + Math.pow(p.longitude() - origin.longitude(), 2)))
                .orElseThrow();
    }

    /**
     * When nothing is found: the same search without the filter whose removal finds the most, and in all
     * municipalities at any distance; only those that find something, each with its count.
     */
    private List<Suggestion> suggestions() {
        Map<String, ServicesAddress> candidates = new LinkedHashMap<>();
        for (FacetDimension dimension : address.filters().keySet()) {
            candidates.put(ServicesAddress.param(dimension), address.without(dimension));
        }
        if (address.openNow() || address.openAt() != null) {
            candidates.put(address.openNow() ? "open" : "at", address.anyTime());
        }
        if (address.radiusKm() != null) {
            candidates.put("radius", address.anyDistance());
        }
        List<Suggestion> found = new ArrayList<>();
        candidates.entrySet().stream()
                .map(entry -> new Suggestion(
                        entry.getKey(),
                        count(entry.getValue()),
                        entry.getValue().url()))
                .filter(suggestion -> suggestion.count() > 0)
                .max(Comparator.comparingLong(Suggestion::count))
                .ifPresent(found::add);
        if (address.filters().containsKey(FacetDimension.MUNICIPALITY) || address.radiusKm() != null) {
            ServicesAddress everywhere =
                    address.without(FacetDimension.MUNICIPALITY).anyDistance();
            long count = count(everywhere);
            if (count > 0 && found.stream().noneMatch(s -> s.url().equals(everywhere.url()))) {
                found.add(new Suggestion("everywhere", count, everywhere.url()));
            }
        }
        return found;
    }

    private long count(ServicesAddress other) {
        Instant at = other.openNow()
                ? clock.now()
                : other.openAt() == null
                        ? null
                        : other.openAt().atZone(Schedule.KUZBASS).toInstant();
        return search.search(other.request().onPage(1, 1), at).total();
    }

    /** The filters of a search as the zero-result log keeps them: names of parameters and codes, no point. */
    private String filterSummary() {
        List<String> parts = new ArrayList<>();
        address.filters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> parts.add(ServicesAddress.param(entry.getKey()) + "="
                        + entry.getValue().stream().sorted().collect(Collectors.joining(","))));
        if (address.openNow()) {
            parts.add("open=now");
        }
        if (address.openAt() != null) {
            parts.add("open=at");
        }
        if (address.radiusKm() != null) {
            parts.add("radius=" + address.radiusKm());
        }
        return String.join("; ", parts);
    }

    /** A line of the results. */
    public record Line(Hit hit, String municipalities, boolean open, boolean free, boolean accessible, GeoPoint point) {

        public String latitude() {
            return point == null ? null : String.format(Locale.ROOT, "%.6f", point.latitude());
        }

        public String longitude() {
            return point == null ? null : String.format(Locale.ROOT, "%.6f", point.longitude());
        }
    }

    /** The values of a dimension with their counts. */
    public record FacetGroup(String param, List<FacetLink> values) {}

    /** A value of a dimension: its name, how many it finds, the search with it toggled, whether it is chosen. */
    public record FacetLink(String name, long count, String url, boolean chosen) {}

    /** A chosen filter: the parameter (its label), its value's name, the search without it. */
    public record Chip(String param, String name, String url) {}

    /** Another search to try: what it leaves out (a parameter, or "everywhere"), how many it finds, where. */
    public record Suggestion(String leftOut, long count, String url) {}

    /** A link of the pager; {@link #GAP} stands for the pages left out. */
    public record PageLink(int number, String url, boolean current) {

        static final PageLink GAP = new PageLink(PageLinks.GAP, null, false);

        public boolean isGap() {
            return number == PageLinks.GAP;
        }
    }
}
