package ru.nko42.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;

/**
 * How an {@link IndexedService} is laid out in a Lucene document, and what a hit reads back of it. Change
 * {@link #FORMAT} with the layout: an index of another format must be rebuilt.
 */
final class ServiceDocuments {

    /** The layout's version, kept with every commit. */
    static final String FORMAT = "3";

    static final String ID = "id";
    static final String NAME = "name";
    static final String ORGANIZATION = "organization";
    static final String DESCRIPTION = "description";
    static final String KEYWORDS = "keywords";
    /**
     * The four searched texts in one field, each term once a document with the sum of the weights of its
     * occurrences as its frequency ({@link #TEXT_WEIGHTS}): a word is matched and scored on one postings list
     * instead of four.
     */
    static final String ALL = "all";

    static final String NAME_SORT = "name_sort";
    static final String NAME_PREFIXES = "name_prefixes";
    static final String LOCATION = "location";
    /** The points of a service as doc values: latitude and longitude of each, 16 bytes a point, in order. */
    static final String POINTS = "points";

    /**
     * The searched texts and their weights: what an occurrence adds to a term's frequency in the field of all texts
     * ({@link #ALL}); whole numbers.
     */
    static final Map<String, Float> TEXT_WEIGHTS = textWeights();

    /**
     * The shown texts, indexed with offsets so that the highlighter needs no second analysis; their text is kept as
     * binary doc values, which a hit reads without decompressing a stored fields' block.
     */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private static final FieldType PREFIXES = prefixes();

    private static final FieldType WEIGHTED = weighted();

    private static final Analyzer TEXT = RussianAnalysis.text();

    private static final FacetsConfig FACETS = facetsConfig();

    private ServiceDocuments() {}

    /** The facet configuration: every dimension multi-valued, in the one default doc values field. */
    static FacetsConfig facets() {
        return FACETS;
    }

    /** The name of a dimension in the index. */
    static String dimension(FacetDimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT);
    }

    /** The analysis of each field: Russian text, but word beginnings for the autocomplete. */
    static Analyzer indexAnalyzer(Analyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(NAME_PREFIXES, RussianAnalysis.prefixes()));
    }

    /** The term that identifies a service's document. */
    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** Matches the documents of these services (none when the set is empty). */
    static Query among(Set<Long> ids) {
        List<BytesRef> terms =
                ids.stream().sorted().map(id -> new BytesRef(Long.toString(id))).toList();
        return new TermInSetQuery(ID, terms);
    }

    /** The document of a service. */
    static Document document(IndexedService service) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(service.id()), Field.Store.YES));
        doc.add(new NumericDocValuesField(ID, service.id()));
        doc.add(new Field(NAME, service.name(), HIGHLIGHTED_TEXT));
        doc.add(new BinaryDocValuesField(NAME, new BytesRef(service.name())));
        doc.add(new Field(ORGANIZATION, service.organizationName(), HIGHLIGHTED_TEXT));
        doc.add(new BinaryDocValuesField(ORGANIZATION, new BytesRef(service.organizationName())));
        doc.add(new Field(DESCRIPTION, service.description(), HIGHLIGHTED_TEXT));
        doc.add(new BinaryDocValuesField(DESCRIPTION, new BytesRef(service.description())));
        doc.add(new TextField(KEYWORDS, service.keywords(), Field.Store.NO));
        doc.add(new Field(ALL, weightedTerms(service), WEIGHTED));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(sortKey(service.name()))));
        doc.add(new Field(NAME_PREFIXES, service.name(), PREFIXES));
        ByteBuffer points = ByteBuffer.allocate(16 * service.locations().size());
        for (GeoPoint point : service.locations()) {
            doc.add(new LatLonPoint(LOCATION, point.latitude(), point.longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, point.latitude(), point.longitude()));
            points.putDouble(point.latitude()).putDouble(point.longitude());
        }
        doc.add(new BinaryDocValuesField(POINTS, new BytesRef(points.array())));
        for (FacetDimension dimension : FacetDimension.values()) {
            for (String value : service.values(dimension)) {
                doc.add(new SortedSetDocValuesFacetField(dimension(dimension), value));
            }
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the hits of a page show, read from the doc values of their segments (no stored fields' block to
     * decompress), in the order of the doc ids given.
     */
    @SuppressWarnings("unchecked")
    static Shown shown(IndexReader reader, int[] docIds) throws IOException {
        int n = docIds.length;
        Shown shown = new Shown(new long[n], new String[n], new String[n], new String[n], new List[n]);
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        NumericDocValues ids = null;
        BinaryDocValues names = null;
        BinaryDocValues organizations = null;
        BinaryDocValues descriptions = null;
        BinaryDocValues points = null;
        for (int i : inDocOrder(docIds)) {
            int docId = docIds[i];
            if (leaf == null || docId >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
                LeafReader segment = leaf.reader();
                ids = DocValues.getNumeric(segment, ID);
                names = DocValues.getBinary(segment, NAME);
                organizations = DocValues.getBinary(segment, ORGANIZATION);
                descriptions = DocValues.getBinary(segment, DESCRIPTION);
                points = DocValues.getBinary(segment, POINTS);
            }
            int doc = docId - leaf.docBase;
            shown.ids[i] = ids.advanceExact(doc) ? ids.longValue() : 0L;
            shown.names[i] = text(names, doc);
            shown.organizations[i] = text(organizations, doc);
            shown.descriptions[i] = text(descriptions, doc);
            shown.locations[i] = points(points, doc);
        }
        return shown;
    }

    /** The names of these documents, from their doc values, in the order of the doc ids given. */
    static String[] shownNames(IndexReader reader, int[] docIds) throws IOException {
        String[] names = new String[docIds.length];
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : inDocOrder(docIds)) {
            int docId = docIds[i];
            if (leaf == null || docId >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
                values = DocValues.getBinary(leaf.reader(), NAME);
            }
            names[i] = text(values, docId - leaf.docBase);
        }
        return names;
    }

    /** The indexes of the doc ids, in the order of the ids (as doc values are read). */
    private static int[] inDocOrder(int[] docIds) {
        long[] keyed = new long[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            keyed[i] = ((long) docIds[i] << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** The texts of a page's hits, as {@link #shown} reads them, each array in the order of the doc ids. */
    record Shown(
            long[] ids, String[] names, String[] organizations, String[] descriptions, List<GeoPoint>[] locations) {}

    private static String text(BinaryDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }

    private static List<GeoPoint> points(BinaryDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        BytesRef bytes = values.binaryValue();
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        List<GeoPoint> points = new ArrayList<>(bytes.length / 16);
        while (buffer.remaining() >= 16) {
            points.add(new GeoPoint(buffer.getDouble(), buffer.getDouble()));
        }
        return points;
    }

    /** The key names sort by: lower case, ё as е, at most 200 characters. */
    static String sortKey(String name) {
        String key = RussianAnalysis.fold(name);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The terms of the four texts, each with the sum of the weights of its occurrences. */
    private static TokenStream weightedTerms(IndexedService service) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        addTerms(weights, service.name(), TEXT_WEIGHTS.get(NAME));
        addTerms(weights, service.organizationName(), TEXT_WEIGHTS.get(ORGANIZATION));
        addTerms(weights, service.description(), TEXT_WEIGHTS.get(DESCRIPTION));
        addTerms(weights, service.keywords(), TEXT_WEIGHTS.get(KEYWORDS));
        return new WeightedTerms(weights);
    }

    private static void addTerms(Map<String, Integer> weights, String text, float weight) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream stream = TEXT.tokenStream(ALL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                weights.merge(term.toString(), (int) weight, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each term once, with its weight as its frequency. */
    private static final class WeightedTerms extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private final Map<String, Integer> weights;
        private Iterator<Map.Entry<String, Integer>> next;

        WeightedTerms(Map<String, Integer> weights) {
            this.weights = weights;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = weights.entrySet().iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            Map.Entry<String, Integer> weighted = next.next();
            term.setEmpty().append(weighted.getKey());
            frequency.setTermFrequency(weighted.getValue());
            return true;
        }
    }

    private static FieldType weighted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType prefixes() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(false);
        type.freeze();
        return type;
    }

    private static Map<String, Float> textWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(NAME, 3f);
        weights.put(ORGANIZATION, 2f);
        weights.put(DESCRIPTION, 1f);
        weights.put(KEYWORDS, 1f);
        return Collections.unmodifiableMap(weights);
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FacetDimension dimension : FacetDimension.values()) {
            config.setMultiValued(dimension(dimension), true);
        }
        return config;
    }
}
