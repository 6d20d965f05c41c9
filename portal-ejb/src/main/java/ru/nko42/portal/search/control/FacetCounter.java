package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import ru.nko42.portal.search.boundary.Facet;
import ru.nko42.portal.search.boundary.FacetDimension;

/**
 * Runs a query collecting its top hits among the services that pass every filter and, in the same pass, the counts
 * of every dimension with every OTHER dimension's filter applied: what Lucene's drill sideways gives, in one pass
 * over the matches of the query without the filters, from the in-memory {@link FacetOrdinals} of the segments. A
 * match failing no filter is a hit and counts in every dimension; a match failing the filter of one dimension only
 * counts in that dimension (choosing another of its values would find it); a match failing two counts nowhere.
 */
final class FacetCounter {

    /** The top hits and the counts. */
    record Counted(TopDocs hits, List<Facet> facets) {}

    private static final Comparator<Facet.Value> MOST_FIRST =
            Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::code);

    private static final FacetDimension[] DIMENSIONS = FacetDimension.values();

    private FacetCounter() {}

    /**
     * The first {@code topN} hits in the sort's order among the matches of the query that pass the filters, and the
     * counts.
     *
     * @param query what the hits must match besides the filters (the text, the radius, ...)
     * @param filters the values required of each dimension: one of them (OR), in every dimension given (AND)
     */
    static Counted search(
            ServiceSearcher searcher, Query query, Map<FacetDimension, Set<String>> filters, Sort sort, int topN)
            throws IOException {
        SidewaysCollector collector = new SidewaysCollector(searcher, filters, sort, topN);
        searcher.search(query, collector);
        return new Counted(collector.top.topDocs(), collector.facets());
    }

    /** The top hits' collector fed with the matches that pass every filter, and the counts of every match. */
    private static final class SidewaysCollector implements Collector {

        private final ServiceSearcher searcher;
        private final Map<FacetDimension, Set<String>> filters;
        private final TopFieldCollector top;
        private final int filtered;
        private final List<FacetOrdinals> segments = new ArrayList<>();
        private final List<int[]> segmentCounts = new ArrayList<>();

        SidewaysCollector(ServiceSearcher searcher, Map<FacetDimension, Set<String>> filters, Sort sort, int topN) {
            this.searcher = searcher;
            this.filters = filters;
            this.top = new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, false).newCollector();
            int mask = 0;
            for (Map.Entry<FacetDimension, Set<String>> filter : filters.entrySet()) {
                if (!filter.getValue().isEmpty()) {
                    mask |= 1 << filter.getKey().ordinal();
                }
            }
            this.filtered = mask;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetOrdinals ordinals = searcher.facetOrdinals(context);
            int[] counts = new int[ordinals.valueCount()];
            segments.add(ordinals);
            segmentCounts.add(counts);
            return new SegmentCollector(top.getLeafCollector(context), ordinals, accepted(ordinals), filtered, counts);
        }

        /** The dimensions (as bits) whose filter each ordinal of the segment passes. */
        private int[] accepted(FacetOrdinals ordinals) {
            int[] accepted = new int[ordinals.valueCount()];
            if (filtered == 0) {
                return accepted;
            }
            byte[] dimensions = ordinals.dimensions();
            for (int ord = 0; ord < accepted.length; ord++) {
                if (dimensions[ord] != FacetOrdinals.NO_DIMENSION) {
                    FacetDimension dimension = DIMENSIONS[dimensions[ord]];
                    if (filters.getOrDefault(dimension, Set.of()).contains(ordinals.value(ord))) {
                        accepted[ord] = 1 << dimension.ordinal();
                    }
                }
            }
            return accepted;
        }

        /**
         * The counts of every dimension, each value's most first; values no match has are left out, as Lucene's
         * facets leave them out.
         */
        List<Facet> facets() {
            List<Map<String, Long>> byDimension = new ArrayList<>();
            for (int d = 0; d < DIMENSIONS.length; d++) {
                byDimension.add(new HashMap<>());
            }
            for (int s = 0; s < segments.size(); s++) {
                FacetOrdinals ordinals = segments.get(s);
                int[] counts = segmentCounts.get(s);
                byte[] dimensions = ordinals.dimensions();
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0 && dimensions[ord] != FacetOrdinals.NO_DIMENSION) {
                        byDimension.get(dimensions[ord]).merge(ordinals.value(ord), (long) counts[ord], Long::sum);
                    }
                }
            }
            List<Facet> facets = new ArrayList<>(DIMENSIONS.length);
            for (FacetDimension dimension : DIMENSIONS) {
                List<Facet.Value> values = new ArrayList<>();
                byDimension.get(dimension.ordinal()).forEach((code, count) -> values.add(new Facet.Value(code, count)));
                values.sort(MOST_FIRST);
                facets.add(new Facet(dimension, values));
            }
            return facets;
        }
    }

    /** One segment's part of {@link SidewaysCollector}. */
    private static final class SegmentCollector implements LeafCollector {

        private final LeafCollector top;
        private final FacetOrdinals ordinals;
        private final int[] ords;
        private final byte[] dimensions;
        private final int[] accepted;
        private final int filtered;
        private final int[] counts;

        SegmentCollector(LeafCollector top, FacetOrdinals ordinals, int[] accepted, int filtered, int[] counts) {
            this.top = top;
            this.ordinals = ordinals;
            this.ords = ordinals.ords();
            this.dimensions = ordinals.dimensions();
            this.accepted = accepted;
            this.filtered = filtered;
            this.counts = counts;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            top.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
            int from = ordinals.from(doc);
            int to = ordinals.to(doc);
            int passed = 0;
            for (int i = from; i < to; i++) {
                passed |= accepted[ords[i]];
            }
            int failed = filtered & ~passed;
            if (failed == 0) {
                top.collect(doc);
                for (int i = from; i < to; i++) {
                    counts[ords[i]]++;
                }
            } else if ((failed & (failed - 1)) == 0) {
                int dimension = Integer.numberOfTrailingZeros(failed);
                for (int i = from; i < to; i++) {
                    if (dimensions[ords[i]] == dimension) {
                        counts[ords[i]]++;
                    }
                }
            }
        }
    }
}
