package ru.nko42.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
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
    static final String FORMAT = "1";

    static final String ID = "id";
    static final String NAME = "name";
    static final String ORGANIZATION = "organization";
    static final String DESCRIPTION = "description";
    static final String KEYWORDS = "keywords";
    static final String NAME_SORT = "name_sort";
    static final String NAME_PREFIXES = "name_prefixes";
    static final String LOCATION = "location";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";

    /** The stored fields a hit reads, the name and the description for the highlighter among them: one read. */
    static final Set<String> STORED_FOR_HIT = Set.of(ID, NAME, ORGANIZATION, DESCRIPTION, LATITUDE, LONGITUDE);

    /** The searched texts and their weights. */
    static final Map<String, Float> TEXT_WEIGHTS = textWeights();

    /** The stored texts, indexed with offsets so that the highlighter needs no second analysis. */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

    private static final FieldType PREFIXES = prefixes();

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
        doc.add(new Field(ORGANIZATION, service.organizationName(), HIGHLIGHTED_TEXT));
        doc.add(new Field(DESCRIPTION, service.description(), HIGHLIGHTED_TEXT));
        doc.add(new TextField(KEYWORDS, service.keywords(), Field.Store.NO));
        doc.add(new SortedDocValuesField(NAME_SORT, new BytesRef(sortKey(service.name()))));
        doc.add(new Field(NAME_PREFIXES, service.name(), PREFIXES));
        for (GeoPoint point : service.locations()) {
            doc.add(new LatLonPoint(LOCATION, point.latitude(), point.longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, point.latitude(), point.longitude()));
            doc.add(new StoredField(LATITUDE, point.latitude()));
            doc.add(new StoredField(LONGITUDE, point.longitude()));
        }
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

    /** The id of a hit's document read with {@link #STORED_FOR_HIT}. */
    static long id(Document doc) {
        return Long.parseLong(doc.get(ID));
    }

    /** The locations of a hit's document read with {@link #STORED_FOR_HIT}, in the order they were put. */
    static List<GeoPoint> locations(Document doc) {
        IndexableField[] latitudes = doc.getFields(LATITUDE);
        IndexableField[] longitudes = doc.getFields(LONGITUDE);
        List<GeoPoint> points = new ArrayList<>(latitudes.length);
        for (int i = 0; i < latitudes.length && i < longitudes.length; i++) {
            points.add(new GeoPoint(
                    latitudes[i].numericValue().doubleValue(),
                    longitudes[i].numericValue().doubleValue()));
        }
        return points;
    }

    /** The key names sort by: lower case, ё as е, at most 200 characters. */
    static String sortKey(String name) {
        String key = RussianAnalysis.fold(name);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
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
