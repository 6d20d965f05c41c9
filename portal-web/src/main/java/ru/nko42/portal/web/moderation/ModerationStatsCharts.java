package ru.nko42.portal.web.moderation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import ru.nko42.portal.moderation.boundary.DecidedWeek;
import ru.nko42.portal.moderation.boundary.ModerationStats;
import ru.nko42.portal.moderation.boundary.OpenInMunicipality;

/**
 * The moderation dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart}, and what each
 * shows in one sentence (the chart's text alternative). The configuration is JSON written into the page's script:
 * no markup can close that script, because every "&lt;" is escaped.
 */
public final class ModerationStatsCharts {

    static final String APPROVED_COLOUR = "#1c7c3a";
    static final String REJECTED_COLOUR = "#b3261e";
    static final String CHANGES_COLOUR = "#9a5b00";
    static final String BRAND_COLOUR = "#0b5d8f";
    /** A single bar does not fill the whole chart. */
    static final int MAX_BAR_PIXELS = 48;

    private final ModerationStats stats;
    private final ModerationStatsText text;

    public ModerationStatsCharts(ModerationStats stats, ModerationStatsText text) {
        this.stats = stats;
        this.text = text;
    }

    /** Stacked bars: the decisions of each week by decision. */
    public String decided() {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(bars("moderation.stats.decision.APPROVED", DecidedWeek::approved, APPROVED_COLOUR))
                .add(bars("moderation.stats.decision.REJECTED", DecidedWeek::rejected, REJECTED_COLOUR))
                .add(bars(
                        "moderation.stats.decision.CHANGES_REQUESTED", DecidedWeek::changesRequested, CHANGES_COLOUR));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("x", Json.createObjectBuilder().add("stacked", true))
                .add("y", countAxis().add("stacked", true));
        return config("bar", weekLabels(), datasets, options(scales, true));
    }

    /** A line: the median hours from submission to decision of each week, broken where a week decided nothing. */
    public String median() {
        JsonArrayBuilder hours = Json.createArrayBuilder();
        stats.weeks().stream().map(DecidedWeek::medianToDecision).forEach(median -> {
            if (median == null) {
                hours.addNull();
            } else {
                hours.add(ModerationStatsText.hoursOf(median));
            }
        });
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("label", text.message("moderation.stats.median.axis"))
                .add("data", hours)
                .add("borderColor", BRAND_COLOUR)
                .add("backgroundColor", BRAND_COLOUR)
                .add("pointRadius", 4)
                .add("spanGaps", false);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(
                        "y",
                        Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", text.message("moderation.stats.median.axis"))));
        return config("line", weekLabels(), Json.createArrayBuilder().add(line), options(scales, false));
    }

    /** Horizontal bars: the items waiting in each municipality, most first. */
    public String open() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (OpenInMunicipality open : stats.open()) {
            labels.add(twoLines(text.municipality(open)));
            counts.add(open.open());
        }
        JsonObjectBuilder bars = Json.createObjectBuilder()
                .add("label", text.message("moderation.stats.open.column.open"))
                .add("data", counts)
                .add("backgroundColor", BRAND_COLOUR)
                .add("maxBarThickness", MAX_BAR_PIXELS);
        JsonObjectBuilder options =
                options(Json.createObjectBuilder().add("x", countAxis()), false).add("indexAxis", "y");
        return config("bar", labels, Json.createArrayBuilder().add(bars), options);
    }

    /** The height the open chart needs for its bars, in rem. */
    public int openHeightRem() {
        return Math.max(10, 4 + 3 * stats.open().size());
    }

    public String decidedSummary() {
        return text.message(
                "moderation.stats.decided.summary",
                stats.weeks().size(),
                stats.decided(),
                stats.approved(),
                stats.rejected(),
                stats.changesRequested());
    }

    public String medianSummary() {
        List<Duration> medians = stats.weeks().stream()
                .map(DecidedWeek::medianToDecision)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        if (medians.isEmpty()) {
            return text.message(
                    "moderation.stats.median.summary.none", stats.weeks().size());
        }
        return text.message(
                "moderation.stats.median.summary",
                stats.weeks().size(),
                text.hours(stats.medianToDecision()),
                text.hours(medians.get(0)),
                text.hours(medians.get(medians.size() - 1)));
    }

    public String openSummary() {
        if (stats.open().isEmpty()) {
            return text.message("moderation.stats.open.none");
        }
        OpenInMunicipality most = stats.open().get(0);
        return text.message(
                "moderation.stats.open.summary",
                stats.openTotal(),
                stats.open().size(),
                text.municipality(most),
                most.open());
    }

    private JsonArrayBuilder weekLabels() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        stats.weeks().forEach(week -> labels.add(text.weekShort(week.monday())));
        return labels;
    }

    private JsonObjectBuilder bars(String labelKey, ToLongFunction<DecidedWeek> count, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        stats.weeks().forEach(week -> data.add(count.applyAsLong(week)));
        return Json.createObjectBuilder()
                .add("label", text.message(labelKey))
                .add("data", data)
                .add("backgroundColor", colour)
                .add("maxBarThickness", MAX_BAR_PIXELS);
    }

    /** An axis of counts: from zero, whole numbers only. */
    private static JsonObjectBuilder countAxis() {
        return Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
    }

    /** Fills its box (whose height the page sets), without animation, with a legend only where it tells apart. */
    private static JsonObjectBuilder options(JsonObjectBuilder scales, boolean legend) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("display", legend)
                                                .add("position", "bottom")));
    }

    private static String config(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        JsonObject config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build();
        return scriptSafe(config.toString());
    }

    /** A long name on two lines (Chart.js draws an array label line by line), split at its middle space. */
    private static JsonArrayBuilder twoLines(String name) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        int middle = name.length() / 2;
        int before = name.lastIndexOf(' ', middle);
        int after = name.indexOf(' ', middle);
        int split = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
        if (name.length() < 16 || split < 0) {
            return lines.add(name);
        }
        return lines.add(name.substring(0, split)).add(name.substring(split + 1));
    }

    /** JSON that can stand inside an HTML script element: "&lt;" only ever occurs inside its strings. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }
}
