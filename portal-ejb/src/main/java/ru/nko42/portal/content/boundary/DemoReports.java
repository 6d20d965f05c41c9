package ru.nko42.portal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.content.control.DemoSiteFiles;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * What the embedded default ({@code portal.demo=true}) has of the site's files ({@link DemoSiteFiles}): two public
 * reports, for the last two years, and a drawn cover for the two newest demo news, loaded once, when there are no
 * reports yet. Runs a moment after {@link DemoNews}, so its news are there.
 */
@Startup
@Singleton
public class DemoReports {

    private static final long DELAY_MILLIS = 6000;
    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    DemoSiteFiles demo;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void scheduleLoad() {
        if (Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void load() {
        Account editor = DemoNews.demoEditor(em);
        Instant now = clock.instant();
        if (!none(ContentKind.REPORT)) {
            return;
        }
        int lastYear = now.atZone(KUZBASS).getYear() - 1;
        demo.report(lastYear, now.minus(Duration.ofDays(40)), editor, 48, 1260, 31, 9);
        demo.report(lastYear - 1, now.minus(Duration.ofDays(400)), editor, 37, 940, 27, 6);
        demo.coverTheNewestNews(now, editor);
    }

    private boolean none(ContentKind kind) {
        return em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream()
                .findAny()
                .isEmpty();
    }
}
