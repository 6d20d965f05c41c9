package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymListTest {

    @Test
    void readsOneGroupALineSkippingBlankLinesAndComments() {
        SynonymList list = SynonymList.parse(
                List.of("# social words", "", "пенсионер,  пожилой ,старшего   возраста", "  ", "незрячий, слепой"));

        assertThat(list.groups())
                .containsExactly(
                        new SynonymList.Group(3, List.of("пенсионер", "пожилой", "старшего возраста")),
                        new SynonymList.Group(5, List.of("незрячий", "слепой")));
        assertThat(list.lines()).containsExactly("пенсионер, пожилой, старшего возраста", "незрячий, слепой");
        assertThat(SynonymList.parse(String.join("\n", list.lines())).lines()).isEqualTo(list.lines());
    }

    @Test
    void refusesALineWithOneWordNamingIt() {
        assertThatThrownBy(() -> SynonymList.parse(List.of("пенсионер, пожилой", "слепой, , слепой")))
                .isInstanceOfSatisfying(SynonymListException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.text()).isEqualTo("слепой, , слепой");
                    assertThat(e.getMessage()).contains("line 2");
                });
    }

    @Test
    void readsNoGroupFromNothing() {
        assertThat(SynonymList.parse((String) null).groups()).isEmpty();
        assertThat(SynonymList.parse("").groups()).isEmpty();
        assertThat(SynonymList.none().groups()).isEmpty();
    }

    @Test
    void shipsAUsableRussianListOfSocialWords() {
        SynonymList defaults = SynonymList.defaults();

        assertThat(defaults.groups()).hasSizeBetween(15, 30);
        assertThat(defaults.lines()).contains("незрячий, слепой, слабовидящий, с нарушением зрения");
        assertThat(RussianAnalysis.terms(RussianAnalysis.query(defaults), "незрячий"))
                .contains("незряч", "слеп", "слабовидя");
    }
}
