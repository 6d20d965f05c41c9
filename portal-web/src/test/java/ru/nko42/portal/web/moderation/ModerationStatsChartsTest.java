package ru.nko42.portal.web.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.moderation.boundary.DecidedWeek;
import ru.nko42.portal.moderation.boundary.ModerationStats;
import ru.nko42.portal.moderation.boundary.OpenInMunicipality;

class ModerationStatsChartsTest {

    private static final ModerationStats STATS = new ModerationStats(
            List.of(
                    new DecidedWeek(LocalDate.of(2026, 3, 2), 2, 1, 0, Duration.ofMinutes(270)),
                    new DecidedWeek(LocalDate.of(2026, 3, 9), 0, 0, 0, null),
                    new DecidedWeek(LocalDate.of(2026, 3, 16), 1, 0, 3, Duration.ofHours(30))),
            7,
            Duration.ofHours(6),
            List.of(
                    new OpenInMunicipality(
                            4L,
                            "Новокузнецкий городской округ",
                            "Novokuznetsk urban okrug",
                            5,
                            Instant.EPOCH,
                            Duration.ofHours(75)),
                    new OpenInMunicipality(null, null, null, 1, Instant.EPOCH, Duration.ofMinutes(20)),
                    new OpenInMunicipality(9L, "Юрга </script>", "Yurga", 1, Instant.EPOCH, Duration.ofHours(3))));

    private final ModerationStatsCharts russian = charts(Locale.forLanguageTag("ru"));
    private final ModerationStatsCharts english = charts(Locale.ENGLISH);

    @Test
    void decisionsAreStackedBarsPerWeekByDecision() {
        JsonObject config = parse(russian.decided());

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("2 мар.");
        var datasets = config.getJsonObject("data").getJsonArray("datasets");
        assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Одобрено");
        assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[2,0,1]");
        assertThat(datasets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[1,0,0]");
        assertThat(datasets.getJsonObject(2).getJsonArray("data").toString()).isEqualTo("[0,0,3]");
        var scales = config.getJsonObject("options").getJsonObject("scales");
        assertThat(scales.getJsonObject("x").getBoolean("stacked")).isTrue();
        assertThat(scales.getJsonObject("y").getBoolean("stacked")).isTrue();
    }

    @Test
    void theMedianIsALineInHoursBrokenWhereAWeekDecidedNothing() {
        JsonObject config = parse(english.median());

        assertThat(config.getString("type")).isEqualTo("line");
        assertThat(config.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("data")
                        .toString())
                .isEqualTo("[4.5,null,30.0]");
        assertThat(english.medianSummary()).contains("Over the whole period: 6.0; by week from 4.5 to 30.0.");
    }

    @Test
    void waitingItemsAreHorizontalBarsWithLongNamesOnTwoLines() {
        JsonObject config = parse(russian.open());

        assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        var labels = config.getJsonObject("data").getJsonArray("labels");
        assertThat(labels.getJsonArray(0).toString()).isEqualTo("[\"Новокузнецкий\",\"городской округ\"]");
        assertThat(labels.getJsonArray(1).toString()).isEqualTo("[\"Без муниципалитета\",\"(весь регион)\"]");
        assertThat(russian.openSummary())
                .isEqualTo("Горизонтальная столбчатая диаграмма. Ждут решения: 7;"
                        + " муниципалитетов: 3; больше всего — Новокузнецкий городской округ: 5.");
    }

    @Test
    void noNameCanCloseThePageScript() {
        assertThat(russian.open()).doesNotContain("<").contains("\\u003c/script>");
        assertThat(parse(russian.open()).toString()).contains("Юрга </script>");
    }

    @Test
    void theSummariesGiveTheTotalsInTheReadersLanguage() {
        assertThat(english.decidedSummary())
                .isEqualTo("Stacked bar chart of the decisions per week over 3 weeks. Decided in all: 7; approved: 3;"
                        + " rejected: 1; sent back for changes: 3.");
        assertThat(russian.medianSummary()).contains("За весь период: 6,0; по неделям — от 4,5 до 30,0.");
    }

    @Test
    void agesAreInDaysAndHours() {
        ModerationStatsText text = text(Locale.forLanguageTag("ru"));

        assertThat(text.age(Duration.ofHours(75))).isEqualTo("3 дн. 3 ч");
        assertThat(text.age(Duration.ofHours(5))).isEqualTo("5 ч");
        assertThat(text.age(Duration.ofMinutes(20))).isEqualTo("меньше часа");
        assertThat(text(Locale.ENGLISH).age(Duration.ofHours(75))).isEqualTo("3 d 3 h");
    }

    private static ModerationStatsCharts charts(Locale locale) {
        return new ModerationStatsCharts(STATS, text(locale));
    }

    private static ModerationStatsText text(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("ru.nko42.portal.web.i18n.messages", locale);
        return new ModerationStatsText(locale, bundle::getString);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
