package ru.nko42.portal.sitemap.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * The pages of the portal visitors can open, from what is public now: the centre's pieces with pages of their own
 * (published, or scheduled and their time has come), the sections of the kinds, the published organizations and
 * services, the municipalities. Drafts, pieces set for later, unpublished and archived items are never listed.
 */
@Stateless
@PermitAll
public class PublicPages {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    public List<SitemapEntry> all() {
        List<SitemapEntry> pages = new ArrayList<>();
        pages.addAll(contentSections());
        pages.addAll(contentPieces());
        pages.addAll(organizations());
        pages.addAll(services());
        pages.addAll(municipalities());
        return pages;
    }

    private List<SitemapEntry> contentSections() {
        return Stream.of(ContentKind.values())
                .map(kind -> "/" + kind.section())
                .distinct()
                .map(path -> new SitemapEntry(path, null))
                .toList();
    }

    private List<SitemapEntry> contentPieces() {
        Instant now = clock.now();
        return em.createQuery(
                        "SELECT p FROM ContentPiece p WHERE p.state IN :shown AND p.publishAt <= :now"
                                + " ORDER BY p.kind, p.publishAt DESC",
                        ContentPiece.class)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", now)
                .getResultStream()
                .map(piece -> new SitemapEntry(piece.getKind().publicPath(piece.getSlug()), piece.getUpdatedAt()))
                .filter(entry -> !entry.path().contains("#"))
                .toList();
    }

    private List<SitemapEntry> organizations() {
        return em.createQuery(
                        "SELECT o.id, o.slug, o.updatedAt FROM Organization o WHERE o.state = :published ORDER BY o.id",
                        Object[].class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultStream()
                .map(row -> new SitemapEntry(
                        "/organizations/" + row[0] + (row[1] == null ? "" : "-" + row[1]), (Instant) row[2]))
                .toList();
    }

    private List<SitemapEntry> services() {
        return em.createQuery(
                        "SELECT s.id, s.updatedAt FROM SocialService s WHERE s.state = :published"
                                + " AND s.organization.state = :published ORDER BY s.id",
                        Object[].class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultStream()
                .map(row -> new SitemapEntry("/service?id=" + row[0], (Instant) row[1]))
                .toList();
    }

    private List<SitemapEntry> municipalities() {
        return em.createQuery("SELECT m.code FROM Municipality m ORDER BY m.code", String.class)
                .getResultStream()
                .map(code -> new SitemapEntry("/municipality?code=" + code, null))
                .toList();
    }
}
