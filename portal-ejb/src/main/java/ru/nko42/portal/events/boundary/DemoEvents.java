package ru.nko42.portal.events.boundary;

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
import java.time.LocalDate;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.Slugs;
import ru.nko42.portal.events.control.DemoEventList;
import ru.nko42.portal.events.control.DemoEventList.DemoEvent;
import ru.nko42.portal.events.control.KuzbassTime;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;

/**
 * The events the embedded default ({@code portal.demo=true}) starts with ({@link DemoEventList}): past and coming,
 * dated from the day they are seeded so the coming ones stay coming; loaded once when there is no event yet, by a
 * timer a moment after the start, so the migrations have run.
 */
@Startup
@Singleton
public class DemoEvents {

    static final String EDITOR_EMAIL = "editor@nko42.example";

    private static final long DELAY_MILLIS = 3000;

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

    @Timeout
    void loadIntoEmptyEvents() {
        boolean anyEvent = em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", ContentKind.EVENT)
                .setMaxResults(1)
                .getResultStream()
                .findAny()
                .isPresent();
        if (anyEvent) {
            return;
        }
        Account editor = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", EDITOR_EMAIL)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(KuzbassTime.ZONE));
        for (DemoEvent demo : DemoEventList.all()) {
            ContentPiece piece = new ContentPiece(ContentKind.EVENT, demo.title(), Slugs.fromTitle(demo.title()));
            piece.setLead(demo.lead());
            piece.setBody(BodySanitizer.clean(demo.body()));
            piece.setTags(ContentRules.tags(demo.tags()));
            Instant starts = today.plusDays(demo.days())
                    .atTime(demo.hour(), 0)
                    .atZone(KuzbassTime.ZONE)
                    .toInstant();
            piece.publish(
                    now.isBefore(starts) ? now.minus(Duration.ofDays(3)) : starts.minus(Duration.ofDays(20)),
                    now,
                    editor);
            em.persist(piece);
            em.flush();
            EventDetails details = new EventDetails(piece.getId());
            details.setStartsAt(starts);
            details.setEndsAt(starts.plus(Duration.ofHours(demo.hours())));
            details.setFormat(demo.format());
            details.setPlaceName(demo.placeName());
            details.setAddress(demo.address());
            details.setMunicipalityCode(demo.municipality());
            details.setLatitude(demo.latitude());
            details.setLongitude(demo.longitude());
            details.setOnlineLink(demo.onlineLink());
            details.setCapacity(demo.capacity());
            details.setRegistrationOpen(true);
            em.persist(details);
        }
    }
}
