package ru.nko42.portal.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.SearchRequest;

/**
 * Turns a {@link SearchRequest} into Lucene queries. The text: every word typed (but stop words) must match, in
 * any of its forms or as one of its synonyms, in the name, the organization's name, the description or the keywords:
 * one term query a form (or one {@link SynonymQuery} for the forms and single-word synonyms of a word) on the field
 * of all texts ({@link ServiceDocuments#ALL}), where an occurrence in the name counts as 3, in the organization's
 * name as 2, in the description or the keywords as 1 (the term's frequency, which BM25 scores). One postings list an
 * alternative instead of four: matching a broad word (помощь, пожилым with its 6 alternatives) cost four times as
 * many postings and scorers before.
 *
 * <p>Typos, as a spell checker reads them: a word the index knows (its stem, or any of its synonyms, in at least
 * {@link Vocabulary#KNOWN_DOC_FREQ} documents of a searched field) is searched as typed; only a word the index does
 * not know is also read as the known terms it may have meant, from the {@link Vocabulary} of the index. Such typos
 * are forgiven in words of 5 to 7 letters (one edit) and of 8 and more (two edits), if their stem has at least 4
 * letters, but not in the first letter. A term matched as a typo weighs {@link #TYPO_WEIGHT} of an exact one, so
 * that a word typed as it is in a few listings still finds those first. Reading every long word as its neighbours
 * too made the broadest searches (помощь, пожилым, инвалидов) several times wider for nothing: a word in the index
 * is no typo.
 *
 * <p>The filters: OR within one dimension, AND between them, as a drill-down query so the facets can be counted
 * sideways.
 */
final class ServiceQueryBuilder {

    /** What a match with a typo weighs against an exact one. */
    static final float TYPO_WEIGHT = 0.3f;

    /**
     * The words of a query the index does not know read as typos, at most: beyond, a query would expand into too
     * many terms.
     */
    static final int MAX_TYPO_WORDS = 5;

    /** The terms one word with a typo may stand for, at most. */
    static final int MAX_TYPO_TERMS = 16;

    private static final float TIE_BREAKER = 0.1f;

    private final Analyzer text;
    private final Analyzer query;

    /**
     * @param text the analysis of the indexed texts
     * @param query the same with synonyms
     */
    ServiceQueryBuilder(Analyzer text, Analyzer query) {
        this.text = text;
        this.query = query;
    }

    /** The analysis of the indexed texts (the highlighter's). */
    Analyzer analyzer() {
        return text;
    }

    /**
     * The query of the text; {@code null} when it has nothing to search for (no text, only stop words).
     *
     * @param vocabulary the terms of the index, where the words typed with a typo are looked up
     */
    Query text(String words, Vocabulary vocabulary) {
        if (words == null || words.isBlank()) {
            return null;
        }
        Map<String, Typed> typed = typedStems(words);
        if (typed.isEmpty()) {
            return null;
        }
        return new CrossFields(query, typos(typed, vocabulary))
                .createBooleanQuery("text", words, BooleanClause.Occur.MUST);
    }

    /** The text's query (or all services), limited to the radius, with the filters as drill-downs. */
    DrillDownQuery drillDown(SearchRequest request, Query textQuery) {
        DrillDownQuery drillDown = new DrillDownQuery(ServiceDocuments.facets(), base(request, textQuery));
        for (FacetDimension dimension : FacetDimension.values()) {
            for (String value : request.filter(dimension)) {
                drillDown.add(ServiceDocuments.dimension(dimension), value);
            }
        }
        return drillDown;
    }

    /** The text's query (or all services), limited to the radius and to the services asked for: all but the filters. */
    Query base(SearchRequest request, Query textQuery) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
        if (request.radiusKm() != null) {
            GeoPoint origin = request.origin();
            base.add(
                    LatLonPoint.newDistanceQuery(
                            ServiceDocuments.LOCATION,
                            origin.latitude(),
                            origin.longitude(),
                            request.radiusKm() * 1000),
                    BooleanClause.Occur.FILTER);
        }
        if (request.among() != null) {
            base.add(ServiceDocuments.among(request.among()), BooleanClause.Occur.FILTER);
        }
        return base.build();
    }

    /** The order of the hits; ties by name, then by id, so that every search gives the same order. */
    static Sort sort(SearchRequest request) {
        return sort(
                request,
                new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING),
                new SortField(ServiceDocuments.ID, SortField.Type.LONG));
    }

    /**
     * The order of the hits, ties in the order given: by name then by id, whether as these two fields or as one
     * ({@link NameOrder}).
     */
    static Sort sort(SearchRequest request, SortField... byNameThenId) {
        List<SortField> fields = new ArrayList<>();
        switch (request.effectiveOrder()) {
            case RELEVANCE -> fields.add(SortField.FIELD_SCORE);
            case DISTANCE ->
                fields.add(LatLonDocValuesField.newDistanceSort(
                        ServiceDocuments.LOCATION,
                        request.origin().latitude(),
                        request.origin().longitude()));
            case NAME -> {}
        }
        fields.addAll(List.of(byNameThenId));
        return new Sort(fields.toArray(SortField[]::new));
    }

    /** How many edits a typed word may be away from a term: by the length typed and the length of its stem. */
    static int typoEdits(int typedLength, int stemLength) {
        if (typedLength < 5 || stemLength < 4) {
            return 0;
        }
        int edits = typedLength >= 8 ? 2 : 1;
        return stemLength < 6 ? Math.min(edits, 1) : edits;
    }

    /**
     * The terms of the index each of the first words typed that the index does not know may have meant with a
     * typo.
     */
    private Map<String, List<Vocabulary.Candidate>> typos(Map<String, Typed> typed, Vocabulary vocabulary) {
        Map<String, List<Vocabulary.Candidate>> typos = new HashMap<>();
        int words = 0;
        for (Map.Entry<String, Typed> stem : typed.entrySet()) {
            int edits = typoEdits(stem.getValue().length(), stem.getKey().length());
            if (edits == 0 || known(stem.getKey(), stem.getValue().word(), vocabulary)) {
                continue;
            }
            List<Vocabulary.Candidate> near = vocabulary.near(stem.getKey(), edits, MAX_TYPO_TERMS);
            if (!near.isEmpty()) {
                typos.put(stem.getKey(), near);
            }
            if (++words == MAX_TYPO_WORDS) {
                break;
            }
        }
        return typos;
    }

    /** Whether the index knows the word typed: its stem, or any term of its synonyms. */
    private boolean known(String stem, String word, Vocabulary vocabulary) {
        if (vocabulary.knows(stem)) {
            return true;
        }
        for (String term : RussianAnalysis.terms(query, word)) {
            if (vocabulary.knows(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stems of the words typed (synonyms aside), each with the length of its longest word (and that word as
     * typed).
     */
    private Map<String, Typed> typedStems(String words) {
        Map<String, Typed> stems = new LinkedHashMap<>();
        try (TokenStream stream = text.tokenStream("text", words)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                Typed word = new Typed(words.substring(offset.startOffset(), offset.endOffset()));
                stems.merge(term.toString(), word, (one, other) -> one.length() >= other.length() ? one : other);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** A word as typed. */
    private record Typed(String word) {

        int length() {
            return word.length();
        }
    }

    /**
     * Lucene's query builder, which walks the token graph of the synonyms, but makes of every term a match in any
     * text field, with the terms a word the index does not know may have meant.
     */
    private static final class CrossFields extends QueryBuilder {

        private final Map<String, List<Vocabulary.Candidate>> typos;

        CrossFields(Analyzer analyzer, Map<String, List<Vocabulary.Candidate>> typos) {
            super(analyzer);
            setAutoGenerateMultiTermSynonymsPhraseQuery(false);
            this.typos = typos;
        }

        @Override
        protected Query newTermQuery(Term term, float boost) {
            return anyField(List.of(term.bytes()), boost);
        }

        @Override
        protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
            List<BytesRef> alternatives = new ArrayList<>();
            for (TermAndBoost term : terms) {
                alternatives.add(term.term);
            }
            return anyField(alternatives, 1f);
        }

        private Query anyField(List<BytesRef> terms, float boost) {
            List<Vocabulary.Candidate> near = new ArrayList<>();
            for (BytesRef term : terms) {
                near.addAll(typos.getOrDefault(term.utf8ToString(), List.of()));
            }
            Query exact = exact(ServiceDocuments.ALL, terms);
            Query match = near.isEmpty()
                    ? exact
                    : new DisjunctionMaxQuery(
                            List.of(exact, new BoostQuery(typo(ServiceDocuments.ALL, near), TYPO_WEIGHT)), TIE_BREAKER);
            return boost == 1f ? match : new BoostQuery(match, boost);
        }

        private static Query exact(String field, List<BytesRef> terms) {
            if (terms.size() == 1) {
                return new TermQuery(new Term(field, terms.get(0)));
            }
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            terms.forEach(term -> synonyms.addTerm(term, 1f));
            return synonyms.build();
        }

        /** The terms a typo may have meant, as one term: one edit away counts more than two. */
        private static Query typo(String field, List<Vocabulary.Candidate> near) {
            SynonymQuery.Builder meant = new SynonymQuery.Builder(field);
            near.forEach(
                    candidate -> meant.addTerm(new BytesRef(candidate.term()), candidate.edits() == 1 ? 1f : 0.7f));
            return meant.build();
        }
    }
}
