package ru.nko42.portal.search.control;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher of one point-in-time view of the index, with the facet state and the vocabulary of that view (built
 * once when the view is refreshed, after a commit, and shared by every search of it) and the answers it gave.
 */
final class ServiceSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;
    private final Vocabulary vocabulary;
    private final ResultCache cache;

    ServiceSearcher(IndexReader reader, int cachedAnswers) throws IOException {
        super(reader);
        this.facetState = facetState(reader);
        this.vocabulary = reader.numDocs() == 0
                ? Vocabulary.EMPTY
                : Vocabulary.of(reader, ServiceDocuments.TEXT_WEIGHTS.keySet());
        this.cache = new ResultCache(cachedAnswers);
    }

    /** Makes the searchers of a {@link org.apache.lucene.search.SearcherManager}, each caching so many answers. */
    static SearcherFactory factory(int cachedAnswers) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new ServiceSearcher(reader, cachedAnswers);
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

    /** The ordinals of the facet values in this view; {@code null} when no document has any. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (reader.numDocs() == 0) {
            return null;
        }
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, ServiceDocuments.facets());
        } catch (IllegalArgumentException noFacets) {
            return null;
        }
    }
}
