package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceQueryBuilderTest {

    /** пенсионер in two descriptions, пенсион (пенсионному) in one, пожил in none. */
    static Vocabulary vocabulary;

    @BeforeAll
    static void indexAFewDescriptions() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(RussianAnalysis.text()))) {
                for (String text : List.of(
                        "Юридическая консультация для пенсионеров",
                        "Клуб пенсионеров",
                        "Консультации по пенсионному обеспечению")) {
                    Document doc = new Document();
                    doc.add(new TextField(ServiceDocuments.DESCRIPTION, text, Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                vocabulary = Vocabulary.of(reader, ServiceDocuments.TEXT_WEIGHTS.keySet());
            }
        }
    }

    @ParameterizedTest(name = "{0} letters, stem of {1}: {2} edits")
    @CsvSource({
        "3, 3, 0", // дом
        "4, 4, 0", // клуб
        "5, 3, 0", // детям → дет
        "5, 4, 1", // школа → школ
        "6, 6, 1", // ночлег
        "7, 5, 1", // пожилым → пожил
        "8, 5, 1", // пожилыми → пожил
        "8, 7, 2", // психолог
        "9, 9, 2", // пенсионер
        "12, 10, 2", // реабилитация → реабилитац
    })
    void forgivesMoreEditsInLongerWords(int typed, int stem, int edits) {
        assertThat(ServiceQueryBuilder.typoEdits(typed, stem)).isEqualTo(edits);
    }

    @Test
    void searchesAWordTheIndexKnowsAsTyped() {
        // пенсионному is two edits from пенсионерам, but пенсионер is in two listings: no typo
        assertThat(terms("пенсионерам", SynonymList.none())).containsExactly("пенсионер");
    }

    @Test
    void readsAWordTheIndexDoesNotKnowAsTheTermsItMayHaveMeant() {
        assertThat(terms("пенсианерам", SynonymList.none())).containsExactly("пенсианер", "пенсионер");
        // пенсионному is in one listing only: maybe a typo, so its neighbours too
        assertThat(terms("пенсионному", SynonymList.none())).containsExactly("пенсион", "пенсионер");
    }

    @Test
    void knowsAWordByItsSynonymsToo() {
        // пожилым is in no listing, but its synonym пенсионер is in two: searched as typed, with its synonym
        SynonymList synonyms = SynonymList.parse(List.of("пенсионер, пожилой"));
        assertThat(terms("пожилым", synonyms)).containsExactlyInAnyOrder("пожил", "пенсионер");
        // without the synonym, пожил is unknown: read as its neighbours (none here)
        assertThat(terms("пожилым", SynonymList.none())).containsExactly("пожил");
    }

    /** The terms of the query of the text, sorted. */
    private static List<String> terms(String text, SynonymList synonyms) {
        ServiceQueryBuilder builder = new ServiceQueryBuilder(RussianAnalysis.text(), RussianAnalysis.query(synonyms));
        Set<Term> terms = new HashSet<>();
        builder.text(text, vocabulary).visit(QueryVisitor.termCollector(terms));
        return terms.stream().map(Term::text).distinct().sorted().collect(Collectors.toList());
    }
}
