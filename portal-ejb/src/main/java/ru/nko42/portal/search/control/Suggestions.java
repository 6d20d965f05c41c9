package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The autocomplete: the names of services whose words begin with the words typed (every one of them, in any order),
 * in lower or upper case, ё or е alike; shorter names first, then by name. One term query a word over the
 * indexed word beginnings, so it stays fast on a large index.
 */
final class Suggestions {

    /** The letters typed before anything is suggested. */
    static final int MIN_LETTERS = 2;

    private static final Analyzer WORDS = RussianAnalysis.words();

    private Suggestions() {}

    static List<String> of(IndexSearcher searcher, String typed, int limit) throws IOException {
        if (typed == null || limit < 1) {
            return List.of();
        }
        List<String> words = RussianAnalysis.terms(WORDS, typed);
        if (words.isEmpty() || words.stream().mapToInt(String::length).sum() < MIN_LETTERS) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            String prefix =
                    word.length() > RussianAnalysis.MAX_PREFIX ? word.substring(0, RussianAnalysis.MAX_PREFIX) : word;
            query.add(new TermQuery(new Term(ServiceDocuments.NAME_PREFIXES, prefix)), BooleanClause.Occur.MUST);
        }
        Sort order = new Sort(SortField.FIELD_SCORE, new SortField(ServiceDocuments.NAME_SORT, SortField.Type.STRING));
        TopDocs top = searcher.search(query.build(), limit * 4, order);
        int[] docIds = new int[top.scoreDocs.length];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        String[] found = ServiceDocuments.shownNames(searcher.getIndexReader(), docIds);
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : found) {
            names.putIfAbsent(RussianAnalysis.fold(name), name);
            if (names.size() == limit) {
                break;
            }
        }
        return List.copyOf(names.values());
    }
}
