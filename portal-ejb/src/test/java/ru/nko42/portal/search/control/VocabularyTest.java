package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

    @ParameterizedTest
    @CsvSource({
        "пенсионер, пенсионер, 0",
        "пенсионер, пенсианер, 1",
        "пенсионер, пенсионеры, 1",
        "пенсионер, пенсинер, 1",
        "реабилитация, реабилиатция, 1",
        "пенсионер, пенсион, 2",
        "пенсионер, пансианер, 2",
        "пенсионер, пансианир, 3",
        "пенсионер, пе, 3",
    })
    void countsEditsUpToTheMaximum(String word, String term, int edits) {
        assertThat(new Vocabulary.Distance(word, 2).to(term)).isEqualTo(edits);
    }

    @Test
    void findsTheTermsATypoMayHaveMeant() throws IOException {
        Vocabulary vocabulary = vocabulary("пенсионер пенсионер пенсион пансионат пенсия енсионер", "пенсионерка");

        assertThat(vocabulary.near("пенсианер", 2, 10)).containsExactly(new Vocabulary.Candidate("пенсионер", 1, 1));
        assertThat(vocabulary.near("пенсионер", 2, 10))
                .extracting(Vocabulary.Candidate::term)
                .containsExactly("пенсион", "пенсионерка");
        assertThat(vocabulary.near("пенсианер", 1, 10))
                .extracting(Vocabulary.Candidate::term)
                .containsExactly("пенсионер");
        assertThat(vocabulary.near("пенсианер", 2, 1)).hasSize(1);
        assertThat(vocabulary.near("енсианер", 2, 10))
                .extracting(Vocabulary.Candidate::term)
                .containsExactly("енсионер");
        assertThat(vocabulary.near("щенсионер", 2, 10)).isEmpty();
        assertThat(vocabulary.near("пенсианер", 0, 10)).isEmpty();
    }

    @Test
    void prefersTheMoreFrequentOfEquallyNearTerms() throws IOException {
        Vocabulary vocabulary = vocabulary("клубы", "клубу", "клубу");

        assertThat(vocabulary.near("клубо", 1, 10))
                .extracting(Vocabulary.Candidate::term)
                .containsExactly("клубу", "клубы");
    }

    @Test
    void knowsTheTermsOfAtLeastTwoDocumentsOfOneField() throws IOException {
        Vocabulary vocabulary = vocabulary("пенсионер клуб", "пенсионер", "пенсион пенсион", "клубы");

        assertThat(vocabulary.knows("пенсионер")).isTrue();
        assertThat(vocabulary.knows("пенсион")).isFalse();
        assertThat(vocabulary.knows("клуб")).isFalse();
        assertThat(vocabulary.knows("пенсианер")).isFalse();
        assertThat(vocabulary.knows("щенсионер")).isFalse();
        assertThat(vocabulary.knows("")).isFalse();
        assertThat(Vocabulary.EMPTY.knows("пенсионер")).isFalse();
    }

    private static Vocabulary vocabulary(String... texts) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (String text : texts) {
                    Document doc = new Document();
                    doc.add(new TextField("text", text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return Vocabulary.of(reader, Set.of("text", "missing"));
            }
        }
    }

    @Test
    void anEmptyVocabularyKnowsNothing() {
        assertThat(Vocabulary.EMPTY.near("пенсионер", 2, 10)).isEqualTo(List.of());
    }
}
