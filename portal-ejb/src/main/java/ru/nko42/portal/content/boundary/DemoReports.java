package ru.nko42.portal.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import ru.nko42.portal.content.control.DemoSections;
import ru.nko42.portal.content.control.DemoSiteFiles;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;

/**
 * What the embedded default ({@code portal.demo=true}) has of the site's files ({@link DemoSiteFiles}): two public
 * reports, for the last two years, and a drawn cover for the two newest demo news, loaded once, when there are no
 * reports yet. Runs after {@link DemoNews} (see {@link ru.nko42.portal.demo.DemoContent}), so its news are there.
 */
@Stateless
public class DemoReports {

    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DemoSiteFiles demo;

    Clock clock = Clock.systemUTC();

    /** Loads the demo pieces when the section is empty, in a transaction of its own (see {@link ru.nko42.portal.demo.DemoContent}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        Account editor = DemoSections.editor(em);
        Instant now = clock.instant();
        if (DemoSections.holdsAny(em, ContentKind.REPORT)) {
            return;
        }
        int lastYear = now.atZone(KUZBASS).getYear() - 1;
        demo.report(lastYear, now.minus(Duration.ofDays(40)), editor, 48, 1260, 31, 9);
        demo.report(lastYear - 1, now.minus(Duration.ofDays(400)), editor, 37, 940, 27, 6);
        demo.coverTheNewestNews(now, editor);
    }
}
