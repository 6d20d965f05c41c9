package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.nko42.portal.directory.boundary.FreshnessOverview;
import ru.nko42.portal.directory.boundary.FreshnessRun;
import ru.nko42.portal.directory.boundary.FreshnessService;

/**
 * The freshness page, {@code /admin/freshness}: the rule in force, how many organizations wait for an answer or are
 * stale, and the daily check run at once, with what it did.
 */
@Named
@ViewScoped
public class FreshnessBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FreshnessService freshness;

    private FreshnessOverview overview;
    private FreshnessRun lastRun;

    public void load() {
        overview = freshness.overview();
    }

    public void checkNow() {
        lastRun = freshness.checkNow();
        overview = freshness.overview();
    }

    public FreshnessOverview getOverview() {
        return overview;
    }

    public FreshnessRun getLastRun() {
        return lastRun;
    }
}
