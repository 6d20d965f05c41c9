package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @Test
    void transliteratesEveryRussianLetterAsAPassportDoes() {
        assertThat(Slug.of("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"))
                .isEqualTo("abvgdeezhziiklmnoprstufkhtschshshchieyeiuia");
        assertThat(Slug.of("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"))
                .isEqualTo("abvgdeezhziiklmnoprstufkhtschshshchieyeiuia");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "АНО «Забота»|ano-zabota",
                "Новокузнецк|novokuznetsk",
                "Ленинск-Кузнецкий|leninsk-kuznetskii",
                "Юлия Щукина|iuliia-shchukina",
                "Подъезд № 5|podieezd-5",
                "Фонд «Kuzbass Eco» 2024|fond-kuzbass-eco-2024",
                "  --Ёлка!!!  |elka",
                "Кафе «Café»|kafe-cafe",
                "ТОС \"Ягуновский\"|tos-iagunovskii",
            })
    void makesAnAddressFromAName(String name, String slug) {
        assertThat(Slug.of(name)).isEqualTo(slug);
    }

    @Test
    void spellsLettersTypedAsABaseAndACombiningMark() {
        assertThat(Slug.of("Е\u0308лочка и\u0306од")).isEqualTo("elochka-iod");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"«»", "   ", "日本語"})
    void isEmptyWhenNothingCanBeSpelled(String name) {
        assertThat(Slug.of(name)).isEmpty();
    }

    @Test
    void cutsALongNameAfterTheLastWholeWordThatFits() {
        String name = "Межрегиональная общественная организация содействия развитию гражданских инициатив"
                + " и добровольчества Кемеровской области";

        assertThat(Slug.of(name)).isEqualTo("mezhregionalnaia-obshchestvennaia-organizatsiia-sodeistviia-razvitiiu");
    }

    @Test
    void keepsAWordThatEndsExactlyAtTheLimit() {
        String first = "a".repeat(40);
        String second = "b".repeat(39);

        String slug = Slug.of(first + " " + second + " cccc");

        assertThat(slug).hasSize(Slug.MAX_LENGTH).isEqualTo(first + "-" + second);
    }

    @Test
    void cutsASingleOverlongWordAtTheLimit() {
        assertThat(Slug.of("я".repeat(60))).isEqualTo("ia".repeat(40));
    }
}
