package ru.nko42.portal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.DemoNewsFile;
import ru.nko42.portal.content.control.DemoNewsFile.DemoItem;
import ru.nko42.portal.content.control.Slugs;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * The news the embedded default ({@code portal.demo=true}) starts with: those of {@value DemoNewsFile#RESOURCE},
 * published days ago or scheduled days ahead of the start, loaded once when there is no news yet. Loaded by a timer a
 * moment after the start, so the migrations have run.
 */
@Startup
@Singleton
public class DemoNews {

    /** The demo editor, named as the one who published the demo news (none if the account is missing). */
    static final String EDITOR_EMAIL = "editor@nko42.example";

    private static final long DELAY_MILLIS = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TimerService timers;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void scheduleLoad() {
        if (Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
        }
    }

    /** The demo editor's account, or null where it is missing. */
    static Account demoEditor(EntityManager em) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", EDITOR_EMAIL)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @Timeout
    void loadIntoEmptyNews() {
        boolean anyNews = em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", ContentKind.NEWS)
                .setMaxResults(1)
                .getResultStream()
                .findAny()
                .isPresent();
        if (anyNews) {
            return;
        }
        Account editor = demoEditor(em);
        Instant now = clock.instant();
        for (DemoItem demo : DemoNewsFile.fromClassPath()) {
            ContentPiece piece = new ContentPiece(ContentKind.NEWS, demo.title(), Slugs.fromTitle(demo.title()));
            piece.setLead(demo.lead());
            piece.setBody(BodySanitizer.clean(demo.body()));
            piece.setTags(ContentRules.tags(demo.tags()));
            piece.publish(now.plus(Duration.ofDays(demo.days())), now, editor);
            em.persist(piece);
        }
    }
}
