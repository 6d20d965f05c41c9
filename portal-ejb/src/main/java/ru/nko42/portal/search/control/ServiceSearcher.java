package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.Bits;
import ru.nko42.portal.search.boundary.FacetDimension;

/**
 * A searcher of one point-in-time view of the index, with the facet ordinals of its segments and the vocabulary of
 * that view (built once when the view is refreshed, after a commit, and shared by every search of it) and the
 * answers it gave.
 */
final class ServiceSearcher extends IndexSearcher {

    private final FacetOrdinals[] facetOrdinals;
    private final List<Map<String, Long>> countsOfAll;
    private final NameOrder nameOrder;
    private final Vocabulary vocabulary;
    private final ResultCache cache;

    ServiceSearcher(IndexReader reader, int cachedAnswers, FacetOrdinals.Cache ordinals) throws IOException {
        super(reader);
        this.facetOrdinals = new FacetOrdinals[reader.leaves().size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            facetOrdinals[leaf.ord] = ordinals.of(leaf.reader());
        }
        this.countsOfAll = countsOfAll(reader, facetOrdinals);
        this.nameOrder = NameOrder.of(reader);
        this.vocabulary = reader.numDocs() == 0
                ? Vocabulary.EMPTY
                : Vocabulary.of(reader, ServiceDocuments.TEXT_WEIGHTS.keySet());
        this.cache = new ResultCache(cachedAnswers);
    }

    /**
     * Makes the searchers of a {@link org.apache.lucene.search.SearcherManager}, each caching so many answers, and
     * reading the facet ordinals of the segments through the cache (each segment once).
     */
    static SearcherFactory factory(int cachedAnswers, FacetOrdinals.Cache ordinals) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new ServiceSearcher(reader, cachedAnswers, ordinals);
            }
        };
    }

    /** The answers of this view. */
    ResultCache cache() {
        return cache;
    }

    /** The terms of the searched texts in this view, for typos. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The facet values of the documents of one segment of this view. */
    FacetOrdinals facetOrdinals(LeafReaderContext segment) {
        return facetOrdinals[segment.ord];
    }

    /** The order of this view's services by name, then by id. */
    NameOrder nameOrder() {
        return nameOrder;
    }

    /** How many services of this view have each value of the dimension. */
    Map<String, Long> countsOfAll(FacetDimension dimension) {
        return countsOfAll.get(dimension.ordinal());
    }

    private static List<Map<String, Long>> countsOfAll(IndexReader reader, FacetOrdinals[] segments) {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (int d = 0; d < FacetDimension.values().length; d++) {
            counts.add(new HashMap<>());
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            FacetOrdinals ordinals = segments[leaf.ord];
            Bits live = leaf.reader().getLiveDocs();
            long[] byOrd = new long[ordinals.valueCount()];
            int[] ords = ordinals.ords();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    for (int i = ordinals.from(doc); i < ordinals.to(doc); i++) {
                        byOrd[ords[i]]++;
                    }
                }
            }
            for (int ord = 0; ord < byOrd.length; ord++) {
                byte dimension = ordinals.dimensions()[ord];
                if (byOrd[ord] > 0 && dimension != FacetOrdinals.NO_DIMENSION) {
                    counts.get(dimension).merge(ordinals.value(ord), byOrd[ord], Long::sum);
                }
            }
        }
        List<Map<String, Long>> frozen = new ArrayList<>();
        counts.forEach(each -> frozen.add(Map.copyOf(each)));
        return List.copyOf(frozen);
    }
}
