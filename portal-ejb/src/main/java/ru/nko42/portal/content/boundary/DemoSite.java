package ru.nko42.portal.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.DemoSections;
import ru.nko42.portal.content.control.DemoSiteFile;
import ru.nko42.portal.content.control.DemoSiteFile.DemoBlock;
import ru.nko42.portal.content.control.ProjectRules;
import ru.nko42.portal.content.control.Slugs;
import ru.nko42.portal.content.control.TeamMemberStore;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentAbout;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentProject;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * The projects, library articles, team and about text the embedded default ({@code portal.demo=true}) starts with:
 * those of {@value DemoSiteFile#RESOURCE}, published by the demo editor, loaded once when there is no project yet.
 * Projects take partners from the published demo organizations and the demo news carrying a project's tag, so it
 * runs last of the {@link ru.nko42.portal.demo.DemoContent}.
 */
@Stateless
public class DemoSite {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Loads the demo pieces when the section is empty, in a transaction of its own (see {@link ru.nko42.portal.demo.DemoContent}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        if (DemoSections.holdsAny(em, ContentKind.PROJECT)) {
            return;
        }
        Account editor = DemoSections.editor(em);
        Deque<Long> organizations = new ArrayDeque<>(
                em.createQuery("SELECT o.id FROM Organization o WHERE o.state = :published ORDER BY o.id", Long.class)
                        .setParameter("published", PublicationState.PUBLISHED)
                        .setMaxResults(40)
                        .getResultList());
        Instant now = clock.instant();
        int teamPlace = 0;
        for (DemoBlock demo : DemoSiteFile.fromClassPath()) {
            ContentKind kind = ContentKind.valueOf(demo.header("kind"));
            ContentPiece piece = new ContentPiece(kind, demo.header("title"), Slugs.fromTitle(demo.header("title")));
            piece.setLead(demo.header("lead"));
            piece.setBody(demo.body().isEmpty() ? null : BodySanitizer.clean(demo.body()));
            piece.setTags(ContentRules.tags(demo.header("tags")));
            piece.publish(now.plus(Duration.ofDays(demo.number("days", -1))), now, editor);
            em.persist(piece);
            em.flush();
            switch (kind) {
                case PROJECT -> project(piece, demo, ProjectRules.today(now), organizations);
                case TEAM -> team(piece, demo, teamPlace++);
                case ABOUT -> about(piece, demo);
                default -> {}
            }
        }
    }

    private void project(ContentPiece piece, DemoBlock demo, LocalDate today, Deque<Long> organizations) {
        ContentProject project = new ContentProject(piece.getId());
        project.setFunder(demo.header("funder"));
        project.setGrantNumber(demo.header("grant"));
        project.setPeriodFrom(today.plusDays(demo.number("from", 0)));
        project.setPeriodTo(today.plusDays(demo.number("to", 365)));
        project.setGoals(demo.header("goals"));
        project.setResults(demo.header("results"));
        Set<Long> partners = new LinkedHashSet<>();
        for (int i = demo.number("partners", 0); i > 0 && !organizations.isEmpty(); i--) {
            Long partner = organizations.poll();
            partners.add(partner);
            organizations.add(partner);
        }
        project.setPartnerIds(partners);
        em.persist(project);
        String newsTag = demo.header("news");
        if (newsTag != null) {
            em.createQuery(
                            "SELECT p FROM ContentPiece p JOIN p.tags t WHERE p.kind = :kind AND t = :tag",
                            ContentPiece.class)
                    .setParameter("kind", ContentKind.NEWS)
                    .setParameter("tag", ContentRules.tags(newsTag).iterator().next())
                    .getResultStream()
                    .forEach(news -> news.setProjectId(piece.getId()));
        }
    }

    private void team(ContentPiece piece, DemoBlock demo, int place) {
        var member = TeamMemberStore.joined(em, piece.getId());
        member.setSortOrder(place);
        member.setPositionTitle(demo.header("position"));
        member.setEmail(demo.header("email"));
        member.setPhone(demo.header("phone"));
    }

    private void about(ContentPiece piece, DemoBlock demo) {
        ContentAbout about = new ContentAbout(piece.getId());
        about.setAddress(demo.header("address"));
        about.setPhone(demo.header("phone"));
        about.setEmail(demo.header("email"));
        about.setHours(demo.header("hours"));
        em.persist(about);
    }
}
