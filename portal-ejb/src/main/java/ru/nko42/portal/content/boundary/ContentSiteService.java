package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentOldSlug;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * The centre's site as visitors see it: only public pieces (published, or scheduled and their time has come by
 * {@link PortalClock}), newest first; a slug a piece had before leads to its current one.
 */
@Stateless
@PermitAll
public class ContentSiteService {

    /** The most pieces one page of a list holds. */
    public static final int MAX_PAGE_SIZE = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    /** Page {@code page} (from 0) of the public pieces of a kind, with {@code tag} only when one is given. */
    public PublicPage page(ContentKind kind, String tag, int page, int size) {
        return page(kind, tag, null, page, size);
    }

    /**
     * Page {@code page} (from 0) of the public pieces of a kind, with {@code tag} only when one is given, of the
     * project (a PROJECT piece's id) only when one is given.
     */
    public PublicPage page(ContentKind kind, String tag, Long projectId, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int number = Math.max(0, page);
        Instant now = clock.now();
        boolean tagged = tag != null && !tag.isBlank();
        var count = em.createNamedQuery(
                        tagged ? ContentPiece.COUNT_PUBLIC_TAGGED : ContentPiece.COUNT_PUBLIC, Long.class)
                .setParameter("kind", kind)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", now)
                .setParameter("project", projectId);
        var ids = em.createNamedQuery(
                        tagged ? ContentPiece.FIND_PUBLIC_IDS_TAGGED : ContentPiece.FIND_PUBLIC_IDS, Long.class)
                .setParameter("kind", kind)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", now)
                .setParameter("project", projectId);
        if (tagged) {
            count.setParameter("tag", tag.strip().toLowerCase(new java.util.Locale("ru")));
            ids.setParameter("tag", tag.strip().toLowerCase(new java.util.Locale("ru")));
        }
        long total = count.getSingleResult();
        List<Long> pageIds =
                ids.setFirstResult(number * pageSize).setMaxResults(pageSize).getResultList();
        return new PublicPage(pieces(pageIds), number, pageSize, total);
    }

    /** The {@code count} newest public pieces of a kind. */
    public List<PublicPiece> latest(ContentKind kind, int count) {
        return page(kind, null, 0, count).pieces();
    }

    /** The public piece of a kind under {@code slug}, or where a slug it had before now leads, or nothing. */
    public SlugLookup find(ContentKind kind, String slug) {
        if (slug == null || slug.isBlank()) {
            return SlugLookup.none();
        }
        Instant now = clock.now();
        var current = em.createNamedQuery(ContentPiece.FIND_BY_SLUG, ContentPiece.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
        if (current.isPresent()) {
            return current.get().isPublicAt(now) ? SlugLookup.found(PublicPiece.of(current.get())) : SlugLookup.none();
        }
        return em.createNamedQuery(ContentOldSlug.FIND, ContentOldSlug.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(ContentOldSlug::getPiece)
                .filter(piece -> piece.isPublicAt(now))
                .map(piece -> SlugLookup.moved(piece.getSlug()))
                .orElse(SlugLookup.none());
    }

    /** The public project {@code piece} belongs to, or null when it belongs to none or that one is not public. */
    public PublicPiece projectOf(PublicPiece piece) {
        if (piece.projectId() == null) {
            return null;
        }
        ContentPiece project = em.find(ContentPiece.class, piece.projectId());
        return project != null && project.isPublicAt(clock.now()) ? PublicPiece.of(project) : null;
    }

    /** Up to {@code count} other public pieces of the same kind sharing most tags with {@code piece}, newest first. */
    public List<PublicPiece> related(PublicPiece piece, int count) {
        if (piece.tags().isEmpty()) {
            return List.of();
        }
        Instant now = clock.now();
        List<ContentPiece> candidates = em.createQuery(
                        "SELECT DISTINCT p FROM ContentPiece p JOIN p.tags t WHERE p.kind = :kind"
                                + " AND p.state IN :shown AND p.publishAt <= :now AND t IN :tags AND p.id <> :id",
                        ContentPiece.class)
                .setParameter("kind", piece.kind())
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", now)
                .setParameter("tags", piece.tags())
                .setParameter("id", piece.id())
                .getResultList();
        Comparator<ContentPiece> byShared = Comparator.comparingLong(
                other -> other.getTags().stream().filter(piece.tags()::contains).count());
        return candidates.stream()
                .sorted(byShared.reversed().thenComparing(ContentPiece::getPublishAt, Comparator.reverseOrder()))
                .limit(count)
                .map(PublicPiece::of)
                .toList();
    }

    /** The tags of the public pieces of a kind, each with how many pieces carry it, the most used first. */
    public List<TagCount> tags(ContentKind kind) {
        return em.createNamedQuery(ContentPiece.PUBLIC_TAGS, Object[].class)
                .setParameter("kind", kind)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", clock.now())
                .getResultStream()
                .map(row -> new TagCount((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** The pieces with {@code ids} (chosen by a query for public ones), in the order of the ids. */
    public List<PublicPiece> pieces(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentPiece> byId = em.createNamedQuery(ContentPiece.FIND_BY_IDS, ContentPiece.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(ContentPiece::getId, Function.identity()));
        return ids.stream().map(byId::get).map(PublicPiece::of).toList();
    }
}
