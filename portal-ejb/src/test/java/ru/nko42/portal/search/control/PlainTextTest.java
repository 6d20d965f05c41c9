package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void tagsBecomeSpacesAndReferencesTheirCharacters() {
        assertThat(PlainText.of("<p>Гранты&nbsp;для <strong>НКО</strong></p><ul><li>«раз» &#61; &#64;</li></ul>"))
                .isEqualTo("Гранты для НКО «раз» = @");
        assertThat(PlainText.of("<p>A &amp; B &lt;b&gt; &#34;q&#34; &#x41;</p>"))
                .isEqualTo("A & B <b> \"q\" A");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(PlainText.of(null)).isEmpty();
        assertThat(PlainText.of("<p> </p>")).isEmpty();
    }
}
