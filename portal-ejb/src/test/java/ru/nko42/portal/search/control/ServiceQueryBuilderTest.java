package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceQueryBuilderTest {

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
}
