package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;

/**
 * The index under load: searches while it is written, and a rough check of its speed on a few thousand services
 * (the real benchmark, 100,000 services at 32 clients, is bench/'s). Bounds are loose: they catch a search that
 * became an order of magnitude slower, not a few percent.
 */
class ServiceIndexLoadTest {

    private static final List<SearchRequest> MIX = List.of(
            SearchRequest.of("помощь пожилым"),
            SearchRequest.of("пенсианер"),
            SearchRequest.of("реабилитация детей").with(FacetDimension.MUNICIPALITY, "kemerovsky-go"),
            SearchRequest.all(),
            SearchRequest.all()
                    .with(FacetDimension.MUNICIPALITY, "novokuznetsky-go")
                    .freeOnly(),
            SearchRequest.of("юрист").near(new GeoPoint(55.3547, 86.0873), 20.0),
            SearchRequest.all().near(new GeoPoint(53.7576, 87.1360), null),
            SearchRequest.of("психолог насилие"),
            SearchRequest.of("сиделка").with(FacetDimension.CATEGORY, "older-people", "disability"));

    @TempDir
    Path directory;

    @Test
    void searchesNeverFailWhileTheIndexIsWritten() throws Exception {
        List<IndexedService> services = SyntheticServices.make(600, 7);
        try (ServiceIndex index = ServiceIndex.open(directory, SynonymList.defaults())) {
            services.subList(0, 300).forEach(index::put);
            index.commit();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> searchers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    searchers.add(pool.submit(() -> {
                        int searches = 0;
                        while (writing.get() || searches < 10) {
                            SearchResult result = index.search(MIX.get(searches % MIX.size()));
                            assertThat(result.total())
                                    .isGreaterThanOrEqualTo(result.hits().size());
                            index.suggest("пом", 5);
                            searches++;
                        }
                        return searches;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int i = 300; i < 600; i++) {
                            index.put(services.get(i));
                            index.remove(services.get(i - 300).id());
                            if (i % 25 == 0) {
                                index.commit();
                            }
                        }
                        index.commit();
                    } finally {
                        writing.set(false);
                    }
                    return null;
                });
                writer.get(60, TimeUnit.SECONDS);
                for (Future<Integer> searcher : searchers) {
                    assertThat(searcher.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(10);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(index.count()).isEqualTo(300);
            assertThat(index.search(SearchRequest.all().onPage(1, 100)).hits())
                    .allSatisfy(hit -> assertThat(hit.id()).isGreaterThan(300));
        }
    }

    @Test
    void indexesAndSearchesAFewThousandServicesQuickly() {
        List<IndexedService> services = SyntheticServices.make(3000, 42);
        try (ServiceIndex index = ServiceIndex.open(directory, SynonymList.defaults(), 0)) {
            long start = System.nanoTime();
            services.forEach(index::put);
            index.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(services.size() / seconds)
                    .as("services indexed a second")
                    .isGreaterThan(300);

            MIX.forEach(index::search);
            long[] times = new long[MIX.size() * 5];
            for (int i = 0; i < times.length; i++) {
                long before = System.nanoTime();
                index.search(MIX.get(i % MIX.size()));
                times[i] = System.nanoTime() - before;
            }
            Arrays.sort(times);
            assertThat(times[times.length / 2] / 1e6).as("median search, ms").isLessThan(50);
        }
    }
}
