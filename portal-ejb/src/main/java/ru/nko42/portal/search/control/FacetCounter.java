package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.FixedBitSet;
import ru.nko42.portal.search.boundary.Facet;
import ru.nko42.portal.search.boundary.FacetDimension;

/**
 * Runs a query collecting its top hits among the services that pass every filter and the counts of every dimension
 * with every OTHER dimension's filter applied: what Lucene's drill sideways gives, in one pass over the matches of
 * the query without the filters, from the {@link FacetOrdinals} of the segments. A match failing no filter is a hit
 * and counts in every dimension; a match failing the filter of one dimension only counts in that dimension (choosing
 * another of its values would find it); a match failing two counts nowhere, so the query leaves such matches out
 * before they are collected.
 *
 * <p>The pass only marks the matches in a bit set (and gives the hits to the top hits' collector); the counting
 * follows: match by match when they are few, else as intersections of bit sets (the matches, the filters, the
 * documents of each value), which cost the same however many match. Without a query, the counts of every service
 * are the view's, counted once: with no filter every dimension's, with the filter of one dimension that dimension's,
 * and the pass goes over the hits only.
 */
final class FacetCounter {

    /** The top hits and the counts. */
    record Counted(TopDocs hits, List<Facet> facets) {}

    private static final Comparator<Facet.Value> MOST_FIRST =
            Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::code);

    private static final FacetDimension[] DIMENSIONS = FacetDimension.values();

    /**
     * Fewer matches than a segment's documents over this are counted one by one, more by bit sets (both count the
     * same; a test sets it to check that they do).
     */
    static volatile int sparseBelowOneIn = 64;

    private FacetCounter() {}

    /**
     * The first {@code topN} hits in the sort's order among the matches of the query that pass the filters, and the
     * counts.
     *
     * @param query what the hits must match besides the filters (the text, the radius, ...); {@code null} for
     *     every service
     * @param filters the values required of each dimension: one of them (OR), in every dimension given (AND)
     */
    static Counted search(
            ServiceSearcher searcher, Query query, Map<FacetDimension, Set<String>> filters, Sort sort, int topN)
            throws IOException {
        List<FacetDimension> filtered = new ArrayList<>();
        for (FacetDimension dimension : DIMENSIONS) {
            if (!filters.getOrDefault(dimension, Set.of()).isEmpty()) {
                filtered.add(dimension);
            }
        }
        Query matches = query == null ? new MatchAllDocsQuery() : query;
        int countedBefore = 0;
        if (query == null && filtered.isEmpty()) {
            countedBefore = (1 << DIMENSIONS.length) - 1;
        } else if (query == null && filtered.size() == 1) {
            FacetDimension only = filtered.get(0);
            countedBefore = 1 << only.ordinal();
            matches = filter(only, filters.get(only));
        } else if (filtered.size() > 1) {
            BooleanQuery.Builder allButOne =
                    new BooleanQuery.Builder().setMinimumNumberShouldMatch(filtered.size() - 1);
            for (FacetDimension dimension : filtered) {
                allButOne.add(filter(dimension, filters.get(dimension)), BooleanClause.Occur.SHOULD);
            }
            matches = new BooleanQuery.Builder()
                    .add(matches, BooleanClause.Occur.MUST)
                    .add(allButOne.build(), BooleanClause.Occur.FILTER)
                    .build();
        }
        SidewaysCollector collector = new SidewaysCollector(searcher, filters, filtered, sort, topN, countedBefore);
        searcher.search(matches, collector);
        return new Counted(collector.top.topDocs(), collector.facets());
    }

    /** The services with one of the values of the dimension, as the index's drill-down terms hold them. */
    private static Query filter(FacetDimension dimension, Set<String> values) {
        String name = ServiceDocuments.dimension(dimension);
        if (values.size() == 1) {
            return new TermQuery(DrillDownQuery.term(
                    FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
                    name,
                    values.iterator().next()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.stream()
                .sorted()
                .forEach(value -> any.add(
                        new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, name, value)),
                        BooleanClause.Occur.SHOULD));
        return new ConstantScoreQuery(any.build());
    }

    /** The top hits' collector fed with the matches that pass every filter; the matches, to count them after. */
    private static final class SidewaysCollector implements Collector {

        private final ServiceSearcher searcher;
        private final Map<FacetDimension, Set<String>> filters;
        private final List<FacetDimension> filtered;
        private final TopFieldCollector top;
        private final int countedBefore;
        private final List<SegmentCollector> segments = new ArrayList<>();

        /**
         * @param filtered the dimensions with a filter
         * @param countedBefore the dimensions (as bits) whose counts are those of every service ({@link
         *     ServiceSearcher#countsOfAll}), not counted here
         */
        SidewaysCollector(
                ServiceSearcher searcher,
                Map<FacetDimension, Set<String>> filters,
                List<FacetDimension> filtered,
                Sort sort,
                int topN,
                int countedBefore) {
            this.searcher = searcher;
            this.filters = filters;
            this.filtered = filtered;
            this.countedBefore = countedBefore;
            this.top = new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, false).newCollector();
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetOrdinals ordinals = searcher.facetOrdinals(context);
            FixedBitSet[] passing = new FixedBitSet[filtered.size()];
            for (int f = 0; f < passing.length; f++) {
                passing[f] = passing(ordinals, filtered.get(f));
            }
            SegmentCollector segment =
                    new SegmentCollector(top.getLeafCollector(context), ordinals, passing, countedBefore != 0);
            segments.add(segment);
            return segment;
        }

        /** The documents of the segment that pass the dimension's filter. */
        private FixedBitSet passing(FacetOrdinals ordinals, FacetDimension dimension) {
            FixedBitSet passing = new FixedBitSet(ordinals.maxDoc());
            Set<String> values = filters.get(dimension);
            byte[] dimensions = ordinals.dimensions();
            for (int ord = 0; ord < ordinals.valueCount(); ord++) {
                if (dimensions[ord] == dimension.ordinal() && values.contains(ordinals.value(ord))) {
                    passing.or(ordinals.docs(ord));
                }
            }
            return passing;
        }

        /**
         * The counts of every dimension, each value's most first; values no match has are left out, as Lucene's
         * facets leave them out.
         */
        List<Facet> facets() {
            List<Map<String, Long>> byDimension = new ArrayList<>();
            for (FacetDimension dimension : DIMENSIONS) {
                byDimension.add(
                        (countedBefore & (1 << dimension.ordinal())) != 0
                                ? new HashMap<>(searcher.countsOfAll(dimension))
                                : new HashMap<>());
            }
            if (countedBefore != (1 << DIMENSIONS.length) - 1) {
                for (SegmentCollector segment : segments) {
                    long[] counts = segment.count(filtered);
                    FacetOrdinals ordinals = segment.ordinals;
                    byte[] dimensions = ordinals.dimensions();
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0
                                && dimensions[ord] != FacetOrdinals.NO_DIMENSION
                                && (countedBefore & (1 << dimensions[ord])) == 0) {
                            byDimension.get(dimensions[ord]).merge(ordinals.value(ord), counts[ord], Long::sum);
                        }
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
        /** The documents passing each dimension's filter, in the order of the filtered dimensions. */
        private final FixedBitSet[] passing;
        /** The matches; {@code null} when nothing is counted here. */
        private final FixedBitSet matched;

        private int matches;

        SegmentCollector(LeafCollector top, FacetOrdinals ordinals, FixedBitSet[] passing, boolean countedBefore) {
            this.top = top;
            this.ordinals = ordinals;
            this.passing = passing;
            this.matched = countedBefore && passing.length == 0 ? null : new FixedBitSet(ordinals.maxDoc());
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            top.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (matched != null) {
                matched.set(doc);
                matches++;
            }
            for (FixedBitSet filter : passing) {
                if (!filter.get(doc)) {
                    return;
                }
            }
            top.collect(doc);
        }

        /** The count of each ordinal of the segment: over the hits, or sideways for a filtered dimension. */
        long[] count(List<FacetDimension> filtered) {
            long[] counts = new long[ordinals.valueCount()];
            if (matched == null || matches == 0) {
                return counts;
            }
            int[] filterOf = new int[DIMENSIONS.length];
            Arrays.fill(filterOf, -1);
            for (int f = 0; f < filtered.size(); f++) {
                filterOf[filtered.get(f).ordinal()] = f;
            }
            if (matches < ordinals.maxDoc() / sparseBelowOneIn) {
                countOneByOne(counts, filterOf);
            } else {
                countByBitSets(counts, filterOf);
            }
            return counts;
        }

        private void countOneByOne(long[] counts, int[] filterOf) {
            int[] ords = ordinals.ords();
            byte[] dimensions = ordinals.dimensions();
            for (int doc = matched.nextSetBit(0);
                    doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = doc + 1 < matched.length() ? matched.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                int failed = -1;
                int failures = 0;
                for (int f = 0; f < passing.length && failures < 2; f++) {
                    if (!passing[f].get(doc)) {
                        failed = f;
                        failures++;
                    }
                }
                if (failures == 0) {
                    for (int i = ordinals.from(doc); i < ordinals.to(doc); i++) {
                        counts[ords[i]]++;
                    }
                } else if (failures == 1) {
                    for (int i = ordinals.from(doc); i < ordinals.to(doc); i++) {
                        byte dimension = dimensions[ords[i]];
                        if (dimension != FacetOrdinals.NO_DIMENSION && filterOf[dimension] == failed) {
                            counts[ords[i]]++;
                        }
                    }
                }
            }
        }

        private void countByBitSets(long[] counts, int[] filterOf) {
            // the hits: the matches passing every filter; for each filtered dimension, those passing all others
            // (the matches themselves, not a copy, where no filter would change them: they are only read below)
            FixedBitSet hits = passing.length == 0 ? matched : matched.clone();
            for (FixedBitSet filter : passing) {
                hits.and(filter);
            }
            FixedBitSet[] sideways = new FixedBitSet[passing.length];
            for (int f = 0; f < passing.length; f++) {
                sideways[f] = passing.length == 1 ? matched : matched.clone();
                for (int other = 0; other < passing.length; other++) {
                    if (other != f) {
                        sideways[f].and(passing[other]);
                    }
                }
            }
            byte[] dimensions = ordinals.dimensions();
            for (int ord = 0; ord < counts.length; ord++) {
                byte dimension = dimensions[ord];
                if (dimension == FacetOrdinals.NO_DIMENSION) {
                    continue;
                }
                FixedBitSet over = filterOf[dimension] < 0 ? hits : sideways[filterOf[dimension]];
                counts[ord] = FixedBitSet.intersectionCount(over, ordinals.docs(ord));
            }
        }
    }
}
