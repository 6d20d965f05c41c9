package ru.nko42.portal.search.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * How Russian text becomes terms: words in lower case with ё read as е, without stop words, reduced to their stem
 * by the Snowball Russian stemmer (so пожилым and пожилых, пенсионерам and пенсионеров, детям, дети and детей
 * meet). Queries may also expand into a {@link SynonymList}'s words. Analyzers are thread-safe; build a new query
 * analyzer when the synonym list changes.
 */
public final class RussianAnalysis {

    /** Snowball's Russian stop words, but for the few that carry meaning in a search for help. */
    public static final CharArraySet STOP_WORDS = stopWords();

    /** The longest prefix of a word the autocomplete indexes (longer words still match in full). */
    static final int MAX_PREFIX = 20;

    private static final NormalizeCharMap YO = yo();

    private RussianAnalysis() {}

    /** The analysis of indexed texts, and of queries without synonyms. */
    public static Analyzer text() {
        return new TextAnalyzer(null);
    }

    /**
     * The analysis of queries: that of {@link #text()}, then every word or phrase of a synonym group also stands
     * for the others (a token graph, so phrases of several words work).
     *
     * @throws SynonymListException for a group with a word or phrase of stop words only, such as «для, при»
     */
    public static Analyzer query(SynonymList synonyms) {
        SynonymMap map = synonymMap(synonyms);
        return map == null ? text() : new TextAnalyzer(map);
    }

    /** The index side of the autocomplete: every beginning of every word, in lower case with ё as е. */
    public static Analyzer prefixes() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(words);
                stream = new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
                return new TokenStreamComponents(words, stream);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(YO, reader);
            }
        };
    }

    /** The query side of the autocomplete: the words, in lower case with ё as е, nothing left out or cut. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new LowerCaseFilter(words));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(YO, reader);
            }
        };
    }

    /** The text in lower case with ё as е: the key names are sorted by. */
    public static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The terms an analyzer makes of a text, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static SynonymMap synonymMap(SynonymList synonyms) {
        if (synonyms.groups().isEmpty()) {
            return null;
        }
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        try (Analyzer text = text()) {
            for (SynonymList.Group group : synonyms.groups()) {
                List<CharsRef> phrases = new ArrayList<>();
                for (String phrase : group.phrases()) {
                    List<String> terms = terms(text, phrase);
                    if (terms.isEmpty()) {
                        throw new SynonymListException(
                                group.line(),
                                String.join(", ", group.phrases()),
                                "nothing to search in «" + phrase + "»");
                    }
                    CharsRef joined = SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder());
                    if (!phrases.contains(joined)) {
                        phrases.add(joined);
                    }
                }
                for (CharsRef from : phrases) {
                    for (CharsRef to : phrases) {
                        if (from != to) {
                            builder.add(from, to, true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharArraySet stopWords() {
        Set<String> meaningful = Set.of("человек", "жизнь", "сегодня");
        CharArraySet words =
                new CharArraySet(RussianAnalyzer.getDefaultStopSet().size(), false);
        for (Object word : RussianAnalyzer.getDefaultStopSet()) {
            String text = fold(new String((char[]) word));
            if (!meaningful.contains(text)) {
                words.add(text);
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static NormalizeCharMap yo() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("ё", "е");
        map.add("Ё", "Е");
        return map.build();
    }

    /** Words, lower case, ё as е, no stop words, stems; then synonyms when there is a map. */
    private static final class TextAnalyzer extends Analyzer {

        private final SynonymMap synonyms;

        TextAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(words);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new SnowballFilter(stream, new RussianStemmer());
            if (synonyms != null) {
                // a phrase of the list matches the same words with stop words between them, as it was built
                stream = new SynonymGraphFilter(new ClosedGaps(stream), synonyms, true);
            }
            return new TokenStreamComponents(words, stream);
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(YO, reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return new MappingCharFilter(YO, reader);
        }
    }

    /** Closes the gaps stop words leave, so that the words around them follow one another. */
    private static final class ClosedGaps extends TokenFilter {

        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosedGaps(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }
}
