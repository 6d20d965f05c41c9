package ru.nko42.portal.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PreferredLanguageTest {

    @Test
    void russianWhenNothingIsKnown() {
        assertThat(PreferredLanguage.resolve(null, Collections.emptyIterator())).isEqualTo(SupportedLanguage.RU);
        assertThat(PreferredLanguage.resolve(null, null)).isEqualTo(SupportedLanguage.RU);
    }

    @Test
    void theBrowsersFirstSupportedLanguage() {
        var browser = List.of(Locale.GERMAN, Locale.US, Locale.forLanguageTag("ru-RU"))
                .iterator();
        assertThat(PreferredLanguage.resolve(null, browser)).isEqualTo(SupportedLanguage.EN);
    }

    @Test
    void russianWhenTheBrowserAsksOnlyForUnsupportedLanguages() {
        var browser = List.of(Locale.GERMAN, Locale.CHINESE).iterator();
        assertThat(PreferredLanguage.resolve(null, browser)).isEqualTo(SupportedLanguage.RU);
    }

    @Test
    void theVisitorsChoiceWinsOverTheBrowser() {
        var browser = List.of(Locale.ENGLISH).iterator();
        assertThat(PreferredLanguage.resolve("ru", browser)).isEqualTo(SupportedLanguage.RU);
    }

    @Test
    void aTamperedCookieIsIgnored() {
        var browser = List.of(Locale.ENGLISH).iterator();
        assertThat(PreferredLanguage.resolve("<script>", browser)).isEqualTo(SupportedLanguage.EN);
        assertThat(PreferredLanguage.resolve("de", List.<Locale>of().iterator()))
                .isEqualTo(SupportedLanguage.RU);
    }
}
