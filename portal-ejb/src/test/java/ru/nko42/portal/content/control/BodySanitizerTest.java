package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodySanitizerTest {

    @Test
    void keepsTheAllowedFormatting() {
        String html = "<h2>Итоги</h2><p><strong>Жирный</strong> и <em>курсив</em></p>"
                + "<ul><li>один</li></ul><ol><li>два</li></ol><blockquote>цитата</blockquote>"
                + "<table><tr><th>А</th><td colspan=\"2\">Б</td></tr></table>";

        String clean = BodySanitizer.clean(html);

        assertThat(clean)
                .contains("<h2>Итоги</h2>")
                .contains("<strong>Жирный</strong>")
                .contains("<em>курсив</em>")
                .contains("<ul><li>один</li></ul>")
                .contains("<ol><li>два</li></ol>")
                .contains("<blockquote>цитата</blockquote>")
                .contains("<th>А</th>")
                .contains("colspan=\"2\"");
    }

    @Test
    void aFirstLevelHeadingBecomesASecondLevelOne() {
        assertThat(BodySanitizer.clean("<h1>Заголовок</h1>")).isEqualTo("<h2>Заголовок</h2>");
    }

    @Test
    void linksGetNofollowAndNoopener() {
        String clean = BodySanitizer.clean("<a href=\"https://example.org/page\">сайт</a>");

        assertThat(clean)
                .contains("href=\"https://example.org/page\"")
                .contains("nofollow")
                .contains("noopener");
    }

    @Test
    void mailtoLinksStay() {
        assertThat(BodySanitizer.clean("<a href=\"mailto:info@example.org\">почта</a>"))
                .contains("href=\"mailto:info&#64;example.org\"");
    }

    @Test
    void scriptsGoWithTheirText() {
        String clean = BodySanitizer.clean("<p>до</p><script>alert(1)</script><p>после</p>");

        assertThat(clean)
                .doesNotContain("script")
                .doesNotContain("alert")
                .contains("до")
                .contains("после");
    }

    @Test
    void eventHandlersGo() {
        String clean =
                BodySanitizer.clean("<p onclick=\"steal()\">текст</p><img src=\"/media/a.png\" onerror=\"x()\">");

        assertThat(clean).doesNotContain("onclick").doesNotContain("onerror").doesNotContain("steal");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"java&#x09;script:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>"
            })
    void dangerousLinksLoseTheirTarget(String html) {
        String clean = BodySanitizer.clean(html).toLowerCase();

        assertThat(clean)
                .doesNotContain("javascript")
                .doesNotContain("data:")
                .doesNotContain("vbscript")
                .doesNotContain("href");
    }

    @Test
    void styleAttributesGoWithTheirExpressions() {
        String clean = BodySanitizer.clean(
                "<p style=\"width: expression(alert(1)); background:url(javascript:alert(2))\">текст</p>");

        assertThat(clean).isEqualTo("<p>текст</p>");
    }

    @Test
    void styleElementsGo() {
        assertThat(BodySanitizer.clean("<style>body{background:url(javascript:x)}</style><p>т</p>"))
                .isEqualTo("<p>т</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<iframe src=\"https://evil.example/\"></iframe>",
                "<iframe src=\"/news\"></iframe>",
                "<object data=\"x.swf\"></object>",
                "<embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=\"p\"></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<base href=\"https://evil.example/\">"
            })
    void framesObjectsAndFormsGo(String html) {
        String clean = BodySanitizer.clean(html + "<p>ok</p>");

        assertThat(clean).isEqualTo("<p>ok</p>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "<math><mtext><img src=x onerror=alert(1)></mtext></math>"
            })
    void svgAndMathTricksGo(String html) {
        String clean = BodySanitizer.clean(html).toLowerCase();

        assertThat(clean)
                .doesNotContain("svg")
                .doesNotContain("onload")
                .doesNotContain("onerror")
                .doesNotContain("script")
                .doesNotContain("javascript");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<<script>script>alert(1)<</script>/script>",
                "<p><a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a></p>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<img src=\"/media/a.png\"/onerror=alert(1)>",
                "<!--<img src=x onerror=alert(1)>-->"
            })
    void nestedTricksLeaveNothingThatRuns(String html) {
        String clean = BodySanitizer.clean(html).toLowerCase();

        assertThat(clean)
                .doesNotContain("<script")
                .doesNotContain("onerror")
                .doesNotContain("onmouseover")
                .doesNotContain("<img src=\"x");
    }

    @Test
    void imagesOnlyFromThePortalsOwnPaths() {
        assertThat(BodySanitizer.clean("<img src=\"/media/news/cover.png\" alt=\"Обложка\">"))
                .contains("src=\"/media/news/cover.png\"")
                .contains("alt=\"Обложка\"");
        assertThat(BodySanitizer.clean("<img src=\"https://evil.example/pixel.gif\">"))
                .doesNotContain("evil");
        assertThat(BodySanitizer.clean("<img src=\"//evil.example/pixel.gif\">"))
                .doesNotContain("evil");
        assertThat(BodySanitizer.clean("<img src=\"javascript:alert(1)\">")).doesNotContain("javascript");
    }

    @Test
    void nothingGivesAnEmptyBody() {
        assertThat(BodySanitizer.clean(null)).isEmpty();
        assertThat(BodySanitizer.clean("   ")).isEmpty();
        assertThat(BodySanitizer.clean("<script>x</script>")).isEmpty();
    }
}
