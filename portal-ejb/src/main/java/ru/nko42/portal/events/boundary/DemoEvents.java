package ru.nko42.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.DemoSections;
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
 * dated from the day they are seeded so the coming ones stay coming; loaded once when there is no event yet, after
 * the news (see {@link ru.nko42.portal.demo.DemoContent}).
 */
@Stateless
public class DemoEvents {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Loads the demo pieces when the section is empty, in a transaction of its own (see {@link ru.nko42.portal.demo.DemoContent}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        if (DemoSections.holdsAny(em, ContentKind.EVENT)) {
            return;
        }
        Account editor = DemoSections.editor(em);
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
