package ru.nko42.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.content.boundary.DemoNews;
import ru.nko42.portal.content.boundary.DemoReports;
import ru.nko42.portal.content.boundary.DemoSite;
import ru.nko42.portal.events.boundary.DemoEvents;

/**
 * The centre's site the embedded default ({@code portal.demo=true}) starts with, loaded by one timer a moment after
 * the start (so the migrations, the demo accounts and the demo directory are there), in the order the parts need one
 * another: the news, the events, the reports (which draw covers on the newest news), then the projects, libraries,
 * team and about text (projects take news and partners). Each part loads in its own transaction and only into a
 * section that is still empty, so a restart adds nothing twice and one part's failure leaves the others.
 */
@Startup
@Singleton
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final long DELAY_MILLIS = 2000;

    @Resource
    TimerService timers;

    @Inject
    DemoNews news;

    @Inject
    DemoEvents events;

    @Inject
    DemoReports reports;

    @Inject
    DemoSite site;

    @PostConstruct
    void scheduleLoad() {
        if (Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void load() {
        load("news", news::loadIfEmpty);
        load("events", events::loadIfEmpty);
        load("reports", reports::loadIfEmpty);
        load("projects, libraries, team and about", site::loadIfEmpty);
    }

    private static void load(String part, Runnable loader) {
        try {
            loader.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The demo " + part + " were not loaded", e);
        }
    }
}
