package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nko42.portal.search.boundary.Facet;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;

/**
 * The one-pass counting of {@link FacetCounter} gives what Lucene's own {@link DrillSideways} gives (the way the
 * index counted before): the same total, the same hits in the same order, the same counts of every dimension, on an
 * index of several segments with deleted documents, for text, filters in one and several dimensions, radius,
 * distance order and deep pages; counted match by match, by bit sets, or each as the number of matches says.
 */
class FacetCounterTest {

    private static final GeoPoint KEMEROVO = new GeoPoint(55.3547, 86.0873);

    private static final List<SearchRequest> REQUESTS = List.of(
            SearchRequest.all(),
            SearchRequest.all().onPage(7),
            SearchRequest.of("помощь пожилым"),
            SearchRequest.of("пенсианер"),
            SearchRequest.of("юрист").with(FacetDimension.MUNICIPALITY, "kemerovsky-go"),
            SearchRequest.of("реабилитация детей")
                    .with(FacetDimension.MUNICIPALITY, "kemerovsky-go", "novokuznetsky-go")
                    .with(FacetDimension.CATEGORY, "children"),
            SearchRequest.all()
                    .with(FacetDimension.MUNICIPALITY, "novokuznetsky-go")
                    .freeOnly(),
            SearchRequest.all()
                    .with(FacetDimension.TYPE, "legal")
                    .with(FacetDimension.FORM, "semi-residential")
                    .accessibleOnly(),
            SearchRequest.all().with(FacetDimension.LANGUAGE, "tg"),
            SearchRequest.all().with(FacetDimension.CATEGORY, "older-people", "disability"),
            SearchRequest.all()
                    .freeOnly()
                    .accessibleOnly()
                    .with(FacetDimension.LANGUAGE, "tg")
                    .onPage(2),
            SearchRequest.all().with(FacetDimension.CATEGORY, "no-such-category"),
            SearchRequest.of("сиделка").with(FacetDimension.CATEGORY, "older-people", "disability"),
            SearchRequest.of("юрист").near(KEMEROVO, 20.0),
            SearchRequest.all().near(KEMEROVO, null).sortedBy(SearchRequest.Order.DISTANCE),
            SearchRequest.all()
                    .with(FacetDimension.CATEGORY, "families")
                    .near(KEMEROVO, 15.0)
                    .onPage(2),
            SearchRequest.of("психолог насилие").freeOnly().onPage(3),
            SearchRequest.of("ничегонетакого"));

    @TempDir
    Path directory;

    @ParameterizedTest(name = "sparse below 1 in {0}")
    @ValueSource(ints = {1, 64, Integer.MAX_VALUE})
    void countsAndHitsAreDrillSideways(int sparseBelowOneIn) throws IOException {
        int before = FacetCounter.sparseBelowOneIn;
        FacetCounter.sparseBelowOneIn = sparseBelowOneIn;
        try {
            compareWithDrillSideways();
        } finally {
            FacetCounter.sparseBelowOneIn = before;
        }
    }

    private void compareWithDrillSideways() throws IOException {
        List<IndexedService> services = SyntheticServices.make(3000, 11);
        try (ServiceIndex index = ServiceIndex.open(directory, SynonymList.defaults(), 0)) {
            for (int from = 0; from < services.size(); from += 700) {
                services.subList(from, Math.min(from + 700, services.size())).forEach(index::put);
                index.commit();
            }
            for (long id = 5; id < 3000; id += 17) {
                index.remove(id);
            }
            index.put(services.get(100));
            index.commit();

            try (FSDirectory files = FSDirectory.open(directory);
                    DirectoryReader reader = DirectoryReader.open(files)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                assertThat(reader.numDeletedDocs()).isPositive();
                ServiceQueryBuilder builder =
                        new ServiceQueryBuilder(RussianAnalysis.text(), RussianAnalysis.query(SynonymList.defaults()));
                Vocabulary vocabulary = Vocabulary.of(reader, ServiceDocuments.TEXT_WEIGHTS.keySet());
                IndexSearcher searcher = new IndexSearcher(reader);
                DefaultSortedSetDocValuesReaderState state =
                        new DefaultSortedSetDocValuesReaderState(reader, ServiceDocuments.facets());
                for (SearchRequest request : REQUESTS) {
                    SearchResult counted = index.search(request);
                    Expected expected = drillSideways(searcher, state, builder, vocabulary, request, counted.page());
                    assertThat(counted.total()).as("total of %s", request).isEqualTo(expected.total());
                    assertThat(counted.hits().stream().map(Hit::id).toList())
                            .as("hits of %s", request)
                            .isEqualTo(expected.ids());
                    assertThat(counted.facets()).as("counts of %s", request).isEqualTo(expected.facets());
                }
                assertThat(index.search(SearchRequest.all()).total()).isEqualTo(reader.numDocs());
            }
        }
    }

    private record Expected(long total, List<Long> ids, List<Facet> facets) {}

    /** The answer as the index computed it before: Lucene's drill sideways over the drill-down query. */
    private static Expected drillSideways(
            IndexSearcher searcher,
            DefaultSortedSetDocValuesReaderState state,
            ServiceQueryBuilder builder,
            Vocabulary vocabulary,
            SearchRequest request,
            int page)
            throws IOException {
        Query text = builder.text(request.text(), vocabulary);
        Sort sort = ServiceQueryBuilder.sort(request);
        DrillSideways.DrillSidewaysResult result = new DrillSideways(searcher, ServiceDocuments.facets(), state)
                .search(builder.drillDown(request, text), null, null, page * request.pageSize(), sort, false);
        List<Long> ids = new ArrayList<>();
        ScoreDoc[] top = result.hits.scoreDocs;
        for (int i = (page - 1) * request.pageSize(); i < top.length; i++) {
            ids.add(Long.parseLong(searcher.storedFields().document(top[i].doc).get(ServiceDocuments.ID)));
        }
        return new Expected(result.hits.totalHits.value, ids, facets(result.facets));
    }

    private static List<Facet> facets(Facets counts) throws IOException {
        List<Facet> facets = new ArrayList<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            FacetResult result = counts == null ? null : counts.getAllChildren(ServiceDocuments.dimension(dimension));
            List<Facet.Value> values = new ArrayList<>();
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.add(new Facet.Value(value.label, value.value.longValue()));
                }
            }
            values.sort(Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::code));
            facets.add(new Facet(dimension, values));
        }
        return facets;
    }

    @Test
    void anEmptyIndexFindsNothingAndCountsNothing() {
        try (ServiceIndex index = ServiceIndex.open(directory, SynonymList.defaults(), 0)) {
            SearchResult result = index.search(SearchRequest.all().with(FacetDimension.FREE, Set.of("yes")));
            assertThat(result.total()).isZero();
            assertThat(result.facets())
                    .allSatisfy(facet -> assertThat(facet.values()).isEmpty());
        }
    }
}
