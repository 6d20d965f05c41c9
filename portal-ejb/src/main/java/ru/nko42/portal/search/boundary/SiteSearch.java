package ru.nko42.portal.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.search.control.ContentIndex;
import ru.nko42.portal.search.control.IndexedPiece;
import ru.nko42.portal.search.control.PlainText;

/**
 * The text search over the centre's own site (news, events, projects, the libraries...), with the same Russian
 * analysis as the services' search. The index is small and kept in memory; a search first asks the database whether
 * any piece changed (how many there are, their latest change and the sum of their versions) and builds the index
 * anew when one did, so it is never staler than the last save, publish or unpublish. Scheduled pieces are indexed
 * and found once their time has come.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SiteSearch {

    /** The most hits one page holds. */
    public static final int MAX_PAGE_SIZE = 50;

    /** The longest query read; the rest is ignored. */
    public static final int MAX_QUERY_LENGTH = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    private volatile Snapshot snapshot = new Snapshot(List.of(), ContentIndex.of(List.of()));

    /** Page {@code page} (from 0) of the public pieces of {@code kinds} (all kinds when empty) holding every word. */
    public SiteResult search(String typed, Set<ContentKind> kinds, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        if (typed == null || typed.isBlank()) {
            return SiteResult.empty(pageSize);
        }
        String query = typed.length() > MAX_QUERY_LENGTH ? typed.substring(0, MAX_QUERY_LENGTH) : typed;
        Set<ContentKind> searched = kinds == null || kinds.isEmpty() ? Set.of(ContentKind.values()) : kinds;
        return current().search(query, searched, clock.now(), Math.max(0, page), pageSize);
    }

    private ContentIndex current() {
        List<Object> state = state();
        Snapshot seen = snapshot;
        if (seen.state().equals(state)) {
            return seen.index();
        }
        synchronized (this) {
            if (!snapshot.state().equals(state)) {
                snapshot = new Snapshot(state, ContentIndex.of(pieces()));
            }
            return snapshot.index();
        }
    }

    private List<Object> state() {
        Object[] row = em.createQuery(
                        "SELECT COUNT(p), MAX(p.updatedAt), SUM(p.version) FROM ContentPiece p", Object[].class)
                .getSingleResult();
        return Arrays.asList(row);
    }

    private List<IndexedPiece> pieces() {
        return em.createQuery("SELECT p FROM ContentPiece p WHERE p.state IN :shown", ContentPiece.class)
                .setParameter("shown", ContentPiece.SHOWN)
                .getResultStream()
                .filter(piece -> piece.getPublishAt() != null)
                .map(SiteSearch::indexed)
                .toList();
    }

    private static IndexedPiece indexed(ContentPiece piece) {
        String lead = piece.getLead() == null ? "" : piece.getLead();
        return new IndexedPiece(
                piece.getId(),
                piece.getKind(),
                piece.getSlug(),
                piece.getTitle(),
                (lead + " " + PlainText.of(piece.getBody())).strip(),
                List.copyOf(piece.getTags()),
                piece.getPublishAt());
    }

    private record Snapshot(List<Object> state, ContentIndex index) {}
}
