package ru.nko42.portal.search.control;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher of one point-in-time view of the index, with the facet ordinals of its segments and the vocabulary of
 * that view (built once when the view is refreshed, after a commit, and shared by every search of it) and the
 * answers it gave.
 */
final class ServiceSearcher extends IndexSearcher {

    private final FacetOrdinals[] facetOrdinals;
    private final Vocabulary vocabulary;
    private final ResultCache cache;

    ServiceSearcher(IndexReader reader, int cachedAnswers, FacetOrdinals.Cache ordinals) throws IOException {
        super(reader);
        this.facetOrdinals = new FacetOrdinals[reader.leaves().size()];
        for (LeafReaderContext leaf : reader.leaves()) {
            facetOrdinals[leaf.ord] = ordinals.of(leaf.reader());
        }
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
}
