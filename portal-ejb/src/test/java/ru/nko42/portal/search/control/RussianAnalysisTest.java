package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianAnalysisTest {

    private final Analyzer text = RussianAnalysis.text();

    @ParameterizedTest
    @CsvSource({
        "пожилым, пожилых",
        "пожилой, пожилые",
        "пенсионерам, пенсионеров",
        "пенсионер, пенсионеры",
        "инвалидам, инвалидов",
        "детям, дети",
        "детям, детей",
        "реабилитация, реабилитации",
        "слабовидящий, слабовидящих",
        "Незрячий, незрячих",
    })
    void reducesTheFormsOfAWordToOneStem(String one, String other) {
        assertThat(terms(one)).hasSize(1).isEqualTo(terms(other));
    }

    @Test
    void readsЁAsЕInAnyCase() {
        assertThat(terms("Ёлка ёлки ЁЛКЕ")).containsExactly("елк", "елк", "елк");
        assertThat(terms("ёлка")).isEqualTo(terms("елка"));
        assertThat(terms("объём")).isEqualTo(terms("ОБЪЕМ"));
    }

    @Test
    void leavesOutStopWordsButNotThoseThatMatterHere() {
        assertThat(terms("помощь для детей и их семей на дому")).containsExactly("помощ", "дет", "сем", "дом");
        assertThat(terms("её")).isEmpty();
        assertThat(terms("человек жизнь сегодня")).hasSize(3);
    }

    @Test
    void expandsAQueryIntoItsSynonymsWithPhrases() {
        Analyzer query = RussianAnalysis.query(SynonymList.parse(List.of("пенсионер, пожилой, старшего возраста")));

        assertThat(RussianAnalysis.terms(query, "пенсионерам"))
                .containsExactlyInAnyOrder("пенсионер", "пожил", "старш", "возраст");
        assertThat(RussianAnalysis.terms(query, "людям старшего возраста"))
                .containsExactlyInAnyOrder("люд", "старш", "возраст", "пенсионер", "пожил");
        assertThat(RussianAnalysis.terms(query, "юрист")).containsExactly("юрист");
    }

    @Test
    void matchesASynonymPhraseAcrossStopWords() {
        Analyzer query = RussianAnalysis.query(SynonymList.parse(List.of("уход на дому, надомное обслуживание")));

        assertThat(RussianAnalysis.terms(query, "уход на дому"))
                .containsExactlyInAnyOrder("уход", "дом", "надомн", "обслуживан");
        assertThat(RussianAnalysis.terms(query, "уход дома")).contains("надомн");
    }

    @Test
    void refusesASynonymOfStopWordsOnlyNamingItsLine() {
        SynonymList list = SynonymList.parse(List.of("# comment", "пенсионер, пожилой", "для, при"));

        assertThatThrownBy(() -> RussianAnalysis.query(list)).isInstanceOfSatisfying(SynonymListException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.text()).isEqualTo("для, при");
        });
    }

    @Test
    void analysesQueriesWithoutSynonymsAsTexts() {
        assertThat(RussianAnalysis.terms(RussianAnalysis.query(SynonymList.none()), "пенсионерам"))
                .containsExactly("пенсионер");
    }

    @Test
    void cutsWordsIntoTheirBeginningsForTheAutocomplete() {
        assertThat(RussianAnalysis.terms(RussianAnalysis.prefixes(), "Ёлка для"))
                .containsExactly("е", "ел", "елк", "елка", "д", "дл", "для");
        assertThat(RussianAnalysis.terms(RussianAnalysis.words(), "ЁЛКА для")).containsExactly("елка", "для");
    }

    @Test
    void foldsCaseAndЁForSorting() {
        assertThat(RussianAnalysis.fold("Ёлка ЕЛЬ")).isEqualTo("елка ель");
    }

    private List<String> terms(String words) {
        return RussianAnalysis.terms(text, words);
    }
}
