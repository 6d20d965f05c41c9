package ru.nko42.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.search.boundary.SiteHit;
import ru.nko42.portal.search.boundary.SiteResult;
import ru.nko42.portal.search.boundary.TextRun;

/**
 * The pieces of the centre's site in a small in-memory Lucene index, analysed as the services are ({@link
 * RussianAnalysis}: stems, so «конференции» finds «конференция»). Immutable once built: a change on the site builds a
 * new one. Every word typed must occur in the title, the text or the tags; titles weigh most; a piece is found only
 * once its publish-at time has come.
 */
public final class ContentIndex {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TAGS = "tags";
    static final String PUBLISH_AT = "publishAt";

    private static final FieldType HIGHLIGHTED = highlighted();
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final int PASSAGE_LENGTH = 200;
    private static final Sort BEST_THEN_NEWEST =
            new Sort(SortField.FIELD_SCORE, new SortField(PUBLISH_AT, SortField.Type.LONG, true));

    private final Analyzer analyzer = RussianAnalysis.text();
    private final IndexSearcher searcher;

    private ContentIndex(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    public static ContentIndex of(Collection<IndexedPiece> pieces) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(RussianAnalysis.text()))) {
            for (IndexedPiece piece : pieces) {
                writer.addDocument(document(piece));
            }
            writer.commit();
            return new ContentIndex(new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page {@code page} (from 0) of the pieces of {@code kinds} public at {@code now} that hold every word typed. */
    public SiteResult search(String typed, Set<ContentKind> kinds, Instant now, int page, int size) {
        List<String> words = typed == null ? List.of() : RussianAnalysis.terms(analyzer, typed);
        if (words.isEmpty() || kinds.isEmpty()) {
            return SiteResult.empty(size);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String word : words) {
            Query anywhere = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 3f), Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(TAGS, word)), 2f), Occur.SHOULD)
                    .add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD)
                    .build();
            query.add(anywhere, Occur.MUST);
            text.add(new TermQuery(new Term(TITLE, word)), Occur.SHOULD);
            text.add(new TermQuery(new Term(TEXT, word)), Occur.SHOULD);
        }
        BooleanQuery.Builder ofKinds = new BooleanQuery.Builder();
        kinds.forEach(kind -> ofKinds.add(new TermQuery(new Term(KIND, kind.name())), Occur.SHOULD));
        query.add(ofKinds.build(), Occur.FILTER);
        query.add(LongPoint.newRangeQuery(PUBLISH_AT, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER);
        try {
            Query built = query.build();
            int total = searcher.count(built);
            int from = page * size;
            if (from >= total) {
                return new SiteResult(List.of(), total, page, size);
            }
            TopDocs top = searcher.search(built, from + size, BEST_THEN_NEWEST, true);
            ScoreDoc[] shown = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            return new SiteResult(hits(shown, text.build()), total, page, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SiteHit> hits(ScoreDoc[] shown, Query words) throws IOException {
        int[] docIds = new int[shown.length];
        for (int i = 0; i < shown.length; i++) {
            docIds[i] = shown[i].doc;
        }
        Map<String, Object[]> runs =
                new Highlighter(searcher, analyzer).runs(new String[] {TITLE, TEXT}, words, docIds, new int[] {1, 2});
        List<SiteHit> hits = new ArrayList<>(shown.length);
        for (int i = 0; i < shown.length; i++) {
            Document document = searcher.storedFields().document(docIds[i]);
            hits.add(new SiteHit(
                    document.getField(ID).numericValue().longValue(),
                    ContentKind.valueOf(document.get(KIND)),
                    document.get(SLUG),
                    runs(runs.get(TITLE)[i], document.get(TITLE)),
                    runs(runs.get(TEXT)[i], ""),
                    Instant.ofEpochMilli(document.getField(PUBLISH_AT + "Stored")
                            .numericValue()
                            .longValue())));
        }
        return hits;
    }

    @SuppressWarnings("unchecked")
    private static List<TextRun> runs(Object formatted, String otherwise) {
        if (formatted != null) {
            return (List<TextRun>) formatted;
        }
        return otherwise.isEmpty() ? List.of() : List.of(new TextRun(otherwise, false));
    }

    private static Document document(IndexedPiece piece) {
        Document document = new Document();
        document.add(new StoredField(ID, piece.id()));
        document.add(new StringField(KIND, piece.kind().name(), Field.Store.YES));
        document.add(new StoredField(SLUG, piece.slug()));
        document.add(new Field(TITLE, piece.title(), HIGHLIGHTED));
        document.add(new Field(TEXT, piece.text() == null ? "" : piece.text(), HIGHLIGHTED));
        document.add(new TextField(TAGS, String.join(", ", piece.tags()), Field.Store.NO));
        long publishAt = piece.publishAt().toEpochMilli();
        document.add(new LongPoint(PUBLISH_AT, publishAt));
        document.add(new NumericDocValuesField(PUBLISH_AT, publishAt));
        document.add(new StoredField(PUBLISH_AT + "Stored", publishAt));
        return document;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The unified highlighter with the title kept whole and the text cut at sentences, writing {@link TextRun}s. */
    private static final class Highlighter extends UnifiedHighlighter {

        private static final PassageScorer SCORES = new Snippets.PassageScores();

        Highlighter(IndexSearcher searcher, Analyzer analyzer) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new Snippets.RunsFormatter())
                    .withWeightMatches(false));
        }

        Map<String, Object[]> runs(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            return queryField -> true;
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return SCORES;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            return TITLE.equals(field)
                    ? new WholeBreakIterator()
                    : LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(RUSSIAN), PASSAGE_LENGTH, 0.3f);
        }
    }
}
