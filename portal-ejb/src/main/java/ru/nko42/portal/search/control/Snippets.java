package ru.nko42.portal.search.control;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import ru.nko42.portal.search.boundary.TextRun;

/**
 * The highlighted texts of hits, as {@link TextRun}s (never markup): the whole name, and the one or two passages of
 * the description (about {@link #PASSAGE_LENGTH} characters each, cut at sentences) where the words matched best,
 * or its beginning when none did. Uses Lucene's unified highlighter over the offsets kept in the index, reading the
 * postings of each term once for the whole page.
 */
final class Snippets {

    /** A highlighted name and snippet. */
    record Highlighted(List<TextRun> name, List<TextRun> snippet) {}

    static final int PASSAGE_LENGTH = 160;
    static final int PASSAGES = 2;
    static final String ELLIPSIS = "…";

    /** The characters of a text the highlighter looks at, at most. */
    private static final int MAX_LENGTH = 10_000;

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final PassageScorer PASSAGE_SCORES = new PassageScores();

    private Snippets() {}

    /**
     * The highlighted name and snippet of each document, in the order of the ids.
     *
     * @param textQuery the query of the words typed, or {@code null} for none (nothing highlighted)
     * @param names the stored names of the documents, in the order of the ids (the hit has read them already:
     *     reading them again would decompress the stored fields' block again)
     * @param descriptions their stored descriptions, likewise
     */
    static List<Highlighted> of(
            IndexSearcher searcher,
            Analyzer analyzer,
            Query textQuery,
            int[] docIds,
            String[] names,
            String[] descriptions)
            throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Map<Integer, Map<String, String>> values = new HashMap<>();
        for (int i = 0; i < docIds.length; i++) {
            values.put(
                    docIds[i],
                    Map.of(ServiceDocuments.NAME, cut(names[i]), ServiceDocuments.DESCRIPTION, cut(descriptions[i])));
        }
        Highlighter highlighter = new Highlighter(
                values,
                UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new RunsFormatter())
                        // the terms of the query, read from the postings: re-running the query for its matches is
                        // slower
                        .withWeightMatches(false)
                        .withHandleMultiTermQuery(false)
                        .withHighlightPhrasesStrictly(false)
                        .withMaxLength(MAX_LENGTH));
        String[] fields = {ServiceDocuments.NAME, ServiceDocuments.DESCRIPTION};
        Query query = textQuery == null ? new MatchNoDocsQuery() : textQuery;
        Map<String, Object[]> runs = highlighter.runs(fields, query, docIds, new int[] {1, PASSAGES});
        Object[] nameRuns = runs.get(ServiceDocuments.NAME);
        Object[] snippets = runs.get(ServiceDocuments.DESCRIPTION);
        List<Highlighted> highlighted = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            highlighted.add(new Highlighted(runs(nameRuns[i]), runs(snippets[i])));
        }
        return highlighted;
    }

    private static String cut(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    @SuppressWarnings("unchecked")
    private static List<TextRun> runs(Object formatted) {
        return formatted == null ? List.of() : (List<TextRun>) formatted;
    }

    /**
     * The unified highlighter with the name kept whole and the description cut at sentences, highlighting the texts
     * given rather than reading them from the index.
     */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, Map<String, String>> values;

        Highlighter(Map<Integer, Map<String, String>> values, Builder builder) {
            super(builder);
            this.values = values;
        }

        /** The texts of each document, in the order of the fields and of the doc ids asked for. */
        @Override
        protected List<CharSequence[]> loadFieldValues(
                String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> loaded = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Map<String, String> texts = values.get(doc);
                CharSequence[] inOrder = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    inOrder[f] = texts.getOrDefault(fields[f], "");
                }
                loaded.add(inOrder);
            }
            return loaded;
        }

        Map<String, Object[]> runs(String[] fields, Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        /** The terms of the query, whether of the highlighted field or of the field of all texts. */
        @Override
        protected Predicate<String> getFieldMatcher(String field) {
            return queryField -> queryField.equals(field) || queryField.equals(ServiceDocuments.ALL);
        }

        @Override
        protected PassageScorer getScorer(String field) {
            return PASSAGE_SCORES;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
            return offsetSource == OffsetSource.POSTINGS
                    ? new PagePostings(components)
                    : super.getOffsetStrategy(offsetSource, components);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (ServiceDocuments.NAME.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(RUSSIAN), PASSAGE_LENGTH, 0.3f);
        }
    }

    /**
     * Lucene's passage scores (BM25 over the terms of a passage, the earlier passages preferred), the same to the
     * bit, but counting the terms of a passage in small arrays where Lucene's builds a hash of byte blocks (tens of
     * kilobytes) for every passage it considers.
     */
    static final class PassageScores extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDocument = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                BytesRef term = passage.getMatchTerms()[i];
                int t = 0;
                while (t < distinct && !terms[t].bytesEquals(term)) {
                    t++;
                }
                if (t == distinct) {
                    terms[distinct] = term;
                    inDocument[distinct] = passage.getMatchTermFreqsInDoc()[i];
                    distinct++;
                }
                inPassage[t]++;
            }
            // in the order of the terms' first matches, as Lucene's sum
            double score = 0d;
            for (int t = 0; t < distinct; t++) {
                score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDocument[t]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /**
     * The offsets of the query's terms in one field of the hits, read from the postings as Lucene's strategy does,
     * but with one postings enum a term and segment for the whole page, advanced from hit to hit (the highlighter
     * asks for the hits of a field in the order of their ids), instead of a seek in the terms and a new enum a term
     * and hit.
     */
    private static final class PagePostings extends PostingsOffsetStrategy {

        private final Map<LeafReader, Segment> segments = new IdentityHashMap<>();
        private LeafReader current;

        PagePostings(UHComponents components) {
            super(components);
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
            current = reader;
            return createOffsetsEnumFromReader(reader, docId);
        }

        @Override
        protected void createOffsetsEnumsForTerms(
                BytesRef[] sourceTerms, Terms termsIndex, int doc, List<OffsetsEnum> results) throws IOException {
            Segment segment = segments.get(current);
            if (segment == null || segment.terms != sourceTerms || doc <= segment.lastDoc) {
                // first hit of the segment, or (not expected) a hit before the last one: enums from the start
                segment = new Segment(sourceTerms, postings(sourceTerms, termsIndex));
                segments.put(current, segment);
            }
            segment.lastDoc = doc;
            for (int i = 0; i < sourceTerms.length; i++) {
                PostingsEnum postings = segment.postings[i];
                if (postings != null) {
                    int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
                    if (at == doc) {
                        results.add(new OffsetsEnum.OfPostings(sourceTerms[i], postings));
                    }
                }
            }
        }

        private PostingsEnum[] postings(BytesRef[] sourceTerms, Terms termsIndex) throws IOException {
            PostingsEnum[] postings = new PostingsEnum[sourceTerms.length];
            TermsEnum termsEnum = termsIndex.iterator();
            for (int i = 0; i < sourceTerms.length; i++) {
                if (termsEnum.seekExact(sourceTerms[i])) {
                    postings[i] = termsEnum.postings(null, PostingsEnum.OFFSETS);
                    if (postings[i] == null) {
                        throw new IllegalArgumentException(
                                "field '" + getField() + "' was indexed without offsets, cannot highlight");
                    }
                }
            }
            return postings;
        }

        /** The postings of the terms in one segment, and the last hit asked for. */
        private static final class Segment {

            final BytesRef[] terms;
            final PostingsEnum[] postings;
            int lastDoc = -1;

            Segment(BytesRef[] terms, PostingsEnum[] postings) {
                this.terms = terms;
                this.postings = postings;
            }
        }
    }

    /** Passages as runs: matched words highlighted, "…" where text is left out. */
    static final class RunsFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            Runs runs = new Runs();
            for (int i = 0; i < passages.length; i++) {
                Passage passage = passages[i];
                int start = passage.getStartOffset();
                int end = Math.min(passage.getEndOffset(), content.length());
                while (start < end && Character.isWhitespace(content.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                    end--;
                }
                if (i == 0 && !content.substring(0, start).isBlank()) {
                    runs.add(ELLIPSIS + " ", false);
                } else if (i > 0) {
                    runs.add(" " + ELLIPSIS + " ", false);
                }
                int at = start;
                for (int m = 0; m < passage.getNumMatches(); m++) {
                    int matchStart = Math.max(passage.getMatchStarts()[m], at);
                    int matchEnd = Math.min(passage.getMatchEnds()[m], end);
                    if (matchEnd <= matchStart) {
                        continue;
                    }
                    runs.add(content.substring(at, matchStart), false);
                    runs.add(content.substring(matchStart, matchEnd), true);
                    at = matchEnd;
                }
                runs.add(content.substring(at, end), false);
                if (i == passages.length - 1 && !content.substring(end).isBlank()) {
                    runs.add(" " + ELLIPSIS, false);
                }
            }
            return runs.list();
        }
    }

    /** Runs being put together: empty ones dropped, neighbours of one kind merged, white space at the ends cut. */
    private static final class Runs {

        private final List<TextRun> list = new ArrayList<>();

        void add(String text, boolean highlighted) {
            if (text.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).highlighted() == highlighted) {
                list.set(last, new TextRun(list.get(last).text() + text, highlighted));
            } else {
                list.add(new TextRun(text, highlighted));
            }
        }

        List<TextRun> list() {
            if (list.isEmpty()) {
                return List.of();
            }
            List<TextRun> trimmed = new ArrayList<>(list);
            TextRun first = trimmed.get(0);
            if (!first.highlighted()) {
                trimmed.set(0, new TextRun(first.text().stripLeading(), false));
            }
            int last = trimmed.size() - 1;
            TextRun end = trimmed.get(last);
            if (!end.highlighted()) {
                trimmed.set(last, new TextRun(end.text().stripTrailing(), false));
            }
            trimmed.removeIf(run -> run.text().isEmpty());
            return List.copyOf(trimmed);
        }
    }
}
