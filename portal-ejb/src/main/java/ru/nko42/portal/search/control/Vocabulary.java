package ru.nko42.portal.search.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms of the searched texts of one view of the index: whether the index knows a word ({@link #knows}), and
 * the terms a word it does not know may have meant with a typo: the terms with the same first letter at most so
 * many edits away (a letter inserted, deleted, replaced, or two neighbours swapped). Built once a view, it answers
 * in well under a millisecond where Lucene's fuzzy query would build a Levenshtein automaton over all of Unicode for
 * each word and field.
 */
final class Vocabulary {

    /** A term near a word, how many edits away, and in how many documents. */
    record Candidate(String term, int edits, int docFreq) {}

    static final Vocabulary EMPTY = new Vocabulary(Map.of());

    /**
     * In how many documents of one field a term must be for the index to know it: two, so that a single stray
     * occurrence (one listing's own misspelling, or the old text of a listing replaced since, which Lucene counts
     * until its segment is merged) does not stop a typo from being corrected. A real word found in one listing only
     * is then still corrected as before, and still found as typed: it costs a wider query, never a result.
     */
    static final int KNOWN_DOC_FREQ = 2;

    /** Longer terms are left out: no one types them. */
    private static final int MAX_LENGTH = 40;

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::edits)
            .thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed())
            .thenComparing(Candidate::term);

    private final Map<Integer, Bucket> byFirstLetter;

    private Vocabulary(Map<Integer, Bucket> byFirstLetter) {
        this.byFirstLetter = byFirstLetter;
    }

    /** The terms of the fields in the reader, each with the sum of its document frequencies. */
    static Vocabulary of(IndexReader reader, Collection<String> fields) throws IOException {
        // each term: the sum of its document frequencies over the fields, and the highest of them
        Map<String, int[]> docFreqs = new HashMap<>();
        for (String field : fields) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                String text = term.utf8ToString();
                if (text.length() <= MAX_LENGTH) {
                    int[] freqs = docFreqs.computeIfAbsent(text, absent -> new int[2]);
                    freqs[0] += each.docFreq();
                    freqs[1] = Math.max(freqs[1], each.docFreq());
                }
            }
        }
        Map<Integer, List<Map.Entry<String, int[]>>> grouped = new HashMap<>();
        docFreqs.entrySet()
                .forEach(entry -> grouped.computeIfAbsent(entry.getKey().codePointAt(0), first -> new ArrayList<>())
                        .add(entry));
        Map<Integer, Bucket> buckets = new HashMap<>();
        grouped.forEach((first, entries) -> buckets.put(first, Bucket.of(entries)));
        return new Vocabulary(buckets);
    }

    /**
     * Whether the term is in at least {@link #KNOWN_DOC_FREQ} documents of one of the fields: a word whose term it
     * is was typed as meant, and needs no correction.
     */
    boolean knows(String term) {
        if (term.isEmpty() || term.length() > MAX_LENGTH) {
            return false;
        }
        Bucket bucket = byFirstLetter.get(term.codePointAt(0));
        if (bucket == null) {
            return false;
        }
        int found = Arrays.binarySearch(
                bucket.terms, bucket.firstOfLength[term.length()], bucket.firstOfLength[term.length() + 1], term);
        return found >= 0 && bucket.maxDocFreqs[found] >= KNOWN_DOC_FREQ;
    }

    /**
     * The terms other than the word itself at most {@code maxEdits} away from it and beginning with its letter:
     * the fewest edits first, then the most frequent; at most {@code limit}.
     */
    List<Candidate> near(String word, int maxEdits, int limit) {
        if (word.isEmpty() || maxEdits < 1) {
            return List.of();
        }
        Bucket bucket = byFirstLetter.get(word.codePointAt(0));
        if (bucket == null) {
            return List.of();
        }
        Distance distance = new Distance(word, maxEdits);
        List<Candidate> found = new ArrayList<>();
        int from = Math.max(0, word.length() - maxEdits);
        int to = Math.min(MAX_LENGTH, word.length() + maxEdits);
        for (int i = bucket.firstOfLength[from]; i < bucket.firstOfLength[to + 1]; i++) {
            String term = bucket.terms[i];
            int edits = distance.to(term);
            if (edits > 0 && edits <= maxEdits) {
                found.add(new Candidate(term, edits, bucket.docFreqs[i]));
            }
        }
        found.sort(BEST_FIRST);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /** The terms of one first letter, by length. */
    private static final class Bucket {

        /** By length, then in the order of {@link String#compareTo} (for a binary search among those of a length). */
        final String[] terms;
        /** The sum of the document frequencies of each term in the fields. */
        final int[] docFreqs;
        /** The highest document frequency of each term in one field. */
        final int[] maxDocFreqs;
        /** The index of the first term of each length (and of every longer one when there is none). */
        final int[] firstOfLength = new int[MAX_LENGTH + 2];

        private Bucket(String[] terms, int[] docFreqs, int[] maxDocFreqs) {
            this.terms = terms;
            this.docFreqs = docFreqs;
            this.maxDocFreqs = maxDocFreqs;
            int i = 0;
            for (int length = 0; length <= MAX_LENGTH + 1; length++) {
                while (i < terms.length && terms[i].length() < length) {
                    i++;
                }
                firstOfLength[length] = i;
            }
        }

        static Bucket of(List<Map.Entry<String, int[]>> entries) {
            entries.sort(Comparator.comparingInt(
                            (Map.Entry<String, int[]> entry) -> entry.getKey().length())
                    .thenComparing(Map.Entry::getKey));
            String[] terms = new String[entries.size()];
            int[] docFreqs = new int[entries.size()];
            int[] maxDocFreqs = new int[entries.size()];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = entries.get(i).getKey();
                docFreqs[i] = entries.get(i).getValue()[0];
                maxDocFreqs[i] = entries.get(i).getValue()[1];
            }
            return new Bucket(terms, docFreqs, maxDocFreqs);
        }
    }

    /**
     * The optimal string alignment distance (Levenshtein with swaps of neighbours) from one word, given up as soon
     * as it exceeds the maximum.
     */
    static final class Distance {

        private final String word;
        private final int max;
        private int[] beforeLast;
        private int[] last;
        private int[] current;

        Distance(String word, int max) {
            this.word = word;
            this.max = max;
        }

        /** The distance to the term, or {@code max + 1} when it is more than {@code max}. */
        int to(String term) {
            int n = word.length();
            int m = term.length();
            if (Math.abs(n - m) > max) {
                return max + 1;
            }
            if (last == null || last.length < m + 1) {
                beforeLast = new int[m + 1];
                last = new int[m + 1];
                current = new int[m + 1];
            }
            for (int j = 0; j <= m; j++) {
                last[j] = j;
            }
            for (int i = 1; i <= n; i++) {
                current[0] = i;
                int rowMin = i;
                char a = word.charAt(i - 1);
                for (int j = 1; j <= m; j++) {
                    char b = term.charAt(j - 1);
                    int cost = a == b ? 0 : 1;
                    int value = Math.min(Math.min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                    if (i > 1 && j > 1 && a == term.charAt(j - 2) && word.charAt(i - 2) == b) {
                        value = Math.min(value, beforeLast[j - 2] + 1);
                    }
                    current[j] = value;
                    rowMin = Math.min(rowMin, value);
                }
                if (rowMin > max) {
                    return max + 1;
                }
                int[] recycled = beforeLast;
                beforeLast = last;
                last = current;
                current = recycled;
            }
            return Math.min(last[m], max + 1);
        }
    }
}
