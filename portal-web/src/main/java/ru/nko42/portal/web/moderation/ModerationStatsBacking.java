package ru.nko42.portal.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import ru.nko42.portal.moderation.boundary.ModerationStats;
import ru.nko42.portal.moderation.boundary.ModerationStatsService;
import ru.nko42.portal.web.config.LanguageSwitcher;

/**
 * The moderation dashboard, {@code /moderation/stats?weeks=N}: the caller's numbers of the last N weeks (one of
 * {@link #PERIODS}, else {@value ModerationStatsService#DEFAULT_WEEKS}) as charts and as tables.
 */
@Named
@RequestScoped
public class ModerationStatsBacking {

    /** The periods the page offers, in weeks. */
    static final List<Integer> PERIODS = List.of(4, 12, 26, 52);

    private static final String BUNDLE = "ru.nko42.portal.web.i18n.messages";

    @Inject
    ModerationStatsService service;

    @Inject
    LanguageSwitcher language;

    private int weeks = ModerationStatsService.DEFAULT_WEEKS;
    private ModerationStats stats;
    private ModerationStatsText text;
    private ModerationStatsCharts charts;

    public ModerationStats getStats() {
        load();
        return stats;
    }

    public ModerationStatsText getText() {
        load();
        return text;
    }

    public ModerationStatsCharts getCharts() {
        load();
        return charts;
    }

    private void load() {
        if (stats == null) {
            ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, language.getLocale());
            stats = service.stats(weeks);
            text = new ModerationStatsText(language.getLocale(), messages::getString);
            charts = new ModerationStatsCharts(stats, text);
        }
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public String getWeeks() {
        return String.valueOf(weeks);
    }

    /** The period asked for in the address; anything but an offered period gives the default. */
    public void setWeeks(String weeks) {
        this.weeks = weeks != null && weeks.matches("\\d{1,2}") && PERIODS.contains(Integer.valueOf(weeks))
                ? Integer.parseInt(weeks)
                : ModerationStatsService.DEFAULT_WEEKS;
    }
}
