package ru.nko42.portal.model.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private final Municipality kemerovo = new Municipality(
            "kemerovsky-go", "Кемеровский городской округ", "Kemerovo urban okrug", "городской округ", "Кемерово");

    @Test
    void namesItselfInEnglishOnlyForEnglishReaders() {
        assertThat(kemerovo.name(Locale.ENGLISH)).isEqualTo("Kemerovo urban okrug");
        assertThat(kemerovo.name(Locale.UK)).isEqualTo("Kemerovo urban okrug");
        assertThat(kemerovo.name(Locale.forLanguageTag("ru"))).isEqualTo("Кемеровский городской округ");
        assertThat(kemerovo.name(Locale.GERMAN)).isEqualTo("Кемеровский городской округ");
        assertThat(kemerovo.name(null)).isEqualTo("Кемеровский городской округ");
    }

    @Test
    void fallsBackToRussianWhenTheEnglishNameIsMissing() {
        var unnamed = new Municipality("new-mo", "Новый муниципальный округ", " ", "муниципальный округ", "Новый");
        assertThat(unnamed.name(Locale.ENGLISH)).isEqualTo("Новый муниципальный округ");
    }
}
