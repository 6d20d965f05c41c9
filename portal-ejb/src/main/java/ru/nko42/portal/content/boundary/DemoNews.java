package ru.nko42.portal.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.DemoNewsFile;
import ru.nko42.portal.content.control.DemoNewsFile.DemoItem;
import ru.nko42.portal.content.control.DemoSections;
import ru.nko42.portal.content.control.Slugs;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * The news the embedded default ({@code portal.demo=true}) starts with: those of {@value DemoNewsFile#RESOURCE},
 * published days ago or scheduled days ahead of the start, loaded once when there is no news yet, first of the
 * {@link ru.nko42.portal.demo.DemoContent}.
 */
@Stateless
public class DemoNews {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Loads the demo pieces when the section is empty, in a transaction of its own (see {@link ru.nko42.portal.demo.DemoContent}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        if (DemoSections.holdsAny(em, ContentKind.NEWS)) {
            return;
        }
        Account editor = DemoSections.editor(em);
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
