package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.control.Transliteration;

class SlugsTest {

    @Test
    void transliteratesByIcao() {
        assertThat(Transliteration.icao("Щука, ёж, Юля, Яша, хор, цирк, чай, шаль, подъезд, Жуков, Йошкар-Ола"))
                .isEqualTo("shchuka, ezh, iulia, iasha, khor, tsirk, chai, shal, podieezd, zhukov, ioshkar-ola");
    }

    @Test
    void theSoftSignIsLeftOut() {
        assertThat(Transliteration.icao("Кузьмин")).isEqualTo("kuzmin");
    }

    @Test
    void aSlugIsMadeFromTheRussianTitle() {
        assertThat(Slugs.fromTitle("Региональная конференция по общественным советам и ТОС"))
                .isEqualTo("regionalnaia-konferentsiia-po-obshchestvennym-sovetam-i-tos");
    }

    @Test
    void punctuationAndLatinLettersBecomeHyphensOrStay() {
        assertThat(Slugs.fromTitle("  «НКО-2026»: итоги года!  ")).isEqualTo("nko-2026-itogi-goda");
        assertThat(Slugs.fromTitle("Open Data в Кузбассе")).isEqualTo("open-data-v-kuzbasse");
    }

    @Test
    void aLongTitleIsCutAtAWordsEnd() {
        String slug = Slugs.fromTitle("Очень длинный заголовок новости о работе ресурсного центра некоммерческих"
                + " организаций Кузбасса в течение всего прошлого года");

        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MADE_LENGTH);
        assertThat(slug).doesNotEndWith("-").startsWith("ochen-dlinnyi-zagolovok");
    }

    @Test
    void aTitleWithoutLettersStillGivesASlug() {
        assertThat(Slugs.fromTitle("!!!")).isEqualTo("material");
    }

    @Test
    void namesakesAreNumbered() {
        assertThat(Slugs.numbered("novosti", 1)).isEqualTo("novosti");
        assertThat(Slugs.numbered("novosti", 2)).isEqualTo("novosti-2");
    }

    @Test
    void typedSlugsMustBeLowerCaseLatinWithSingleHyphens() {
        assertThat(Slugs.isValid("konferentsiia-2026")).isTrue();
        assertThat(Slugs.isValid("Konferentsiia")).isFalse();
        assertThat(Slugs.isValid("конференция")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("a/b")).isFalse();
        assertThat(Slugs.isValid("x".repeat(121))).isFalse();
    }
}
