package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import ru.nko42.portal.search.boundary.FacetDimension;

/**
 * The facet values of every document of one segment, decoded once into plain arrays and the documents of each value
 * as a bit set: counting a match is then a few array reads, and counting many matches a few bit set intersections,
 * instead of decoding their doc values again at every search. A segment never changes (deletions
 * aside, which searches skip), so its ordinals are built when a view first sees it and kept, through later views,
 * until Lucene closes the segment ({@link Cache}).
 */
final class FacetOrdinals {

    /** The dimension of no {@link FacetDimension}: a facet value this code does not know. */
    static final byte NO_DIMENSION = -1;

    /** Where each document's ordinals begin in {@link #ords}; the last entry ends the last document's. */
    private final int[] docStart;

    /** The segment's ordinals of each document's facet values, document after document. */
    private final int[] ords;

    /** The {@link FacetDimension#ordinal()} of each ordinal, or {@link #NO_DIMENSION}. */
    private final byte[] dimensions;

    /** The value (code) of each ordinal within its dimension. */
    private final String[] values;

    /** The documents of each ordinal. */
    private final FixedBitSet[] docs;

    private FacetOrdinals(int[] docStart, int[] ords, byte[] dimensions, String[] values) {
        this.docStart = docStart;
        this.ords = ords;
        this.dimensions = dimensions;
        this.values = values;
        int maxDoc = docStart.length - 1;
        this.docs = new FixedBitSet[values.length];
        for (int ord = 0; ord < values.length; ord++) {
            docs[ord] = new FixedBitSet(maxDoc);
        }
        for (int doc = 0; doc < maxDoc; doc++) {
            for (int i = docStart[doc]; i < docStart[doc + 1]; i++) {
                docs[ords[i]].set(doc);
            }
        }
    }

    /** Reads the facet values of the segment's documents. */
    static FacetOrdinals of(LeafReader segment) throws IOException {
        SortedSetDocValues docValues = DocValues.getSortedSet(segment, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int valueCount = (int) docValues.getValueCount();
        byte[] dimensions = new byte[valueCount];
        String[] values = new String[valueCount];
        Map<String, FacetDimension> byName = new java.util.HashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            byName.put(ServiceDocuments.dimension(dimension), dimension);
        }
        for (int ord = 0; ord < valueCount; ord++) {
            String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
            FacetDimension dimension = byName.get(path[0]);
            dimensions[ord] = dimension == null ? NO_DIMENSION : (byte) dimension.ordinal();
            values[ord] = path[path.length - 1];
        }
        int maxDoc = segment.maxDoc();
        int[] docStart = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 8)];
        int size = 0;
        int doc = 0;
        for (int next = docValues.nextDoc(); next != DocIdSetIterator.NO_MORE_DOCS; next = docValues.nextDoc()) {
            while (doc <= next) {
                docStart[doc++] = size;
            }
            int count = docValues.docValueCount();
            if (size + count > ords.length) {
                ords = java.util.Arrays.copyOf(ords, Math.max(size + count, ords.length * 2));
            }
            for (int i = 0; i < count; i++) {
                ords[size++] = (int) docValues.nextOrd();
            }
        }
        while (doc <= maxDoc) {
            docStart[doc++] = size;
        }
        return new FacetOrdinals(docStart, java.util.Arrays.copyOf(ords, size), dimensions, values);
    }

    /** How many ordinals (distinct facet values) the segment has. */
    int valueCount() {
        return values.length;
    }

    /** Where the document's ordinals begin in {@link #ords()}. */
    int from(int doc) {
        return docStart[doc];
    }

    /** Where the document's ordinals end in {@link #ords()}. */
    int to(int doc) {
        return docStart[doc + 1];
    }

    /** The ordinals of every document; read between {@link #from(int)} and {@link #to(int)}. */
    int[] ords() {
        return ords;
    }

    /** The {@link FacetDimension#ordinal()} of each ordinal, or {@link #NO_DIMENSION}. */
    byte[] dimensions() {
        return dimensions;
    }

    /** The documents of the segment with the ordinal's value (deleted ones too). */
    FixedBitSet docs(int ord) {
        return docs[ord];
    }

    /** The documents of the segment. */
    int maxDoc() {
        return docStart.length - 1;
    }

    /** The value of the ordinal. */
    String value(int ord) {
        return values[ord];
    }

    /** The ordinals of the segments of the index, kept while Lucene keeps the segments. Safe for any thread. */
    static final class Cache {

        private final Map<IndexReader.CacheKey, FacetOrdinals> bySegment = new ConcurrentHashMap<>();

        /** The ordinals of the segment, read at the first search that needs them. */
        FacetOrdinals of(LeafReader segment) throws IOException {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return FacetOrdinals.of(segment);
            }
            IndexReader.CacheKey key = helper.getKey();
            FacetOrdinals cached = bySegment.get(key);
            if (cached == null) {
                cached = FacetOrdinals.of(segment);
                if (bySegment.putIfAbsent(key, cached) == null) {
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return cached;
        }
    }
}
