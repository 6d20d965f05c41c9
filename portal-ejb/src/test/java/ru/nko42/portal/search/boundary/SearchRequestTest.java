package ru.nko42.portal.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.search.boundary.SearchRequest.Order;

class SearchRequestTest {

    private static final GeoPoint KEMEROVO = new GeoPoint(55.3547, 86.0873);

    @Test
    void keepsOnlyWhatMakesSense() {
        Map<FacetDimension, Set<String>> filters = new HashMap<>();
        filters.put(FacetDimension.MUNICIPALITY, new HashSet<>(java.util.Arrays.asList(" kemerovsky-go ", "", null)));
        filters.put(FacetDimension.TYPE, Set.of());

        SearchRequest request = new SearchRequest("  ", filters, null, 5.0, null, null, -3, 1000);

        assertThat(request.text()).isNull();
        assertThat(request.filters()).isEqualTo(Map.of(FacetDimension.MUNICIPALITY, Set.of("kemerovsky-go")));
        assertThat(request.radiusKm()).as("no radius without a point").isNull();
        assertThat(request.order()).isEqualTo(Order.RELEVANCE);
        assertThat(request.page()).isEqualTo(1);
        assertThat(request.pageSize()).isEqualTo(SearchRequest.MAX_PAGE_SIZE);
    }

    @Test
    void cutsALongTextAndADeepPage() {
        SearchRequest request = SearchRequest.of("ё".repeat(300)).onPage(1_000_000, 20);

        assertThat(request.text()).hasSize(SearchRequest.MAX_TEXT);
        assertThat(request.page()).isEqualTo(SearchRequest.MAX_WINDOW / 20);
        assertThat(SearchRequest.of("a" + "😀".repeat(150)).text())
                .as("no half of a pair")
                .hasSize(199);
    }

    @Test
    void refusesANegativeOrInfiniteRadius() {
        assertThat(SearchRequest.all().near(KEMEROVO, -1.0).radiusKm()).isNull();
        assertThat(SearchRequest.all().near(KEMEROVO, Double.POSITIVE_INFINITY).radiusKm())
                .isNull();
        assertThat(SearchRequest.all().near(KEMEROVO, 15.0).radiusKm()).isEqualTo(15.0);
    }

    @Test
    void addsAndRemovesFiltersStartingAgainFromTheFirstPage() {
        SearchRequest request = SearchRequest.all()
                .with(FacetDimension.CATEGORY, "veterans")
                .onPage(3)
                .with(FacetDimension.CATEGORY, List.of("migrants"))
                .freeOnly()
                .accessibleOnly();

        assertThat(request.page()).isEqualTo(1);
        assertThat(request.filter(FacetDimension.CATEGORY)).containsExactlyInAnyOrder("veterans", "migrants");
        assertThat(request.filter(FacetDimension.FREE)).containsExactly(FacetDimension.YES);
        assertThat(request.filter(FacetDimension.ACCESSIBLE)).containsExactly(FacetDimension.YES);
        assertThat(request.without(FacetDimension.CATEGORY).filter(FacetDimension.CATEGORY))
                .isEmpty();
        assertThat(request.filter(FacetDimension.LANGUAGE)).isEmpty();
    }

    @Test
    void ordersByWhatTheRequestHas() {
        assertThat(SearchRequest.of("юрист").effectiveOrder()).isEqualTo(Order.RELEVANCE);
        assertThat(SearchRequest.all().effectiveOrder()).isEqualTo(Order.NAME);
        assertThat(SearchRequest.all().near(KEMEROVO, null).effectiveOrder()).isEqualTo(Order.DISTANCE);
        assertThat(SearchRequest.of("юрист").sortedBy(Order.DISTANCE).effectiveOrder())
                .isEqualTo(Order.RELEVANCE);
        assertThat(SearchRequest.all().sortedBy(Order.DISTANCE).effectiveOrder())
                .isEqualTo(Order.NAME);
        assertThat(SearchRequest.of("юрист")
                        .near(KEMEROVO, 10.0)
                        .sortedBy(Order.NAME)
                        .effectiveOrder())
                .isEqualTo(Order.NAME);
    }

    @Test
    void refusesAPointOffTheMap() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsPagesNoDeeperThanTheWindow() {
        SearchResult result = new SearchResult(List.of(), 1_000_000, 1, 20, List.of());

        assertThat(result.pageCount()).isEqualTo(SearchRequest.MAX_WINDOW / 20);
        assertThat(new SearchResult(List.of(), 0, 1, 20, List.of()).pageCount()).isEqualTo(1);
        assertThat(new SearchResult(List.of(), 41, 3, 20, List.of()).hasNext()).isFalse();
        assertThat(SearchResult.empty(SearchRequest.all())
                        .facet(FacetDimension.LANGUAGE)
                        .values())
                .isEmpty();
    }

    @Test
    void cleansTheCodesOfAnIndexedService() {
        IndexedService service = new IndexedService(
                7,
                " Ночлег ",
                null,
                null,
                null,
                Set.of(" kemerovsky-go ", " "),
                null,
                null,
                null,
                null,
                true,
                false,
                null);

        assertThat(service.name()).isEqualTo("Ночлег");
        assertThat(service.description()).isEmpty();
        assertThat(service.municipalities()).containsExactly("kemerovsky-go");
        assertThat(service.values(FacetDimension.FREE)).containsExactly(FacetDimension.YES);
        assertThat(service.values(FacetDimension.ACCESSIBLE)).containsExactly(FacetDimension.NO);
        assertThat(service.locations()).isEmpty();
        assertThatThrownBy(() -> new IndexedService(
                        1, " ", "", "", "", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
