package ru.nko42.portal.content.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.PieceDetailsStore;
import ru.nko42.portal.content.control.Slugs;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentOldSlug;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentState;

/**
 * Editors' work on the centre's site: drafts, saving (refused over someone else's newer save), preview, publishing
 * now or at a set time, unpublishing. The body is cleaned by the allow-list sanitizer on every save. A slug is made
 * from the title when none is typed, is unique within the kind, and a piece that was ever published keeps its old
 * slugs so old links redirect. Every change is audited; publish and unpublish with who and when.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class ContentEditingService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Resource
    SessionContext session;

    @Inject
    @Any
    Instance<PieceDetailsStore> detailStores;

    /** A new draft of {@code kind} titled {@code title}, with a slug made from the title. */
    public PieceView create(ContentKind kind, String title) {
        String cleanedTitle = ContentRules.cleaned(title);
        refuseIfAny(ContentRules.check(cleanedTitle, null, null, null, null));
        ContentPiece piece = new ContentPiece(kind, cleanedTitle, freeSlug(kind, Slugs.fromTitle(cleanedTitle), null));
        em.persist(piece);
        em.flush();
        audit.record("content.create", AuditItem.CONTENT_PIECE, piece.getId(), null, fields(piece));
        return PieceView.of(piece, clock.now());
    }

    /** The piece as its editor sees it. */
    public PieceView piece(long id) {
        return PieceView.of(find(id), clock.now());
    }

    /** The details of the piece's kind as its editor sees them, or null for a kind that has none. */
    public PieceDetails details(long id) {
        ContentPiece piece = find(id);
        return detailsStore(piece.getKind()).map(store -> store.read(piece)).orElse(null);
    }

    /** The pieces of a kind, in one state or (null) all, last changed first. */
    public List<PieceRow> pieces(ContentKind kind, ContentState state) {
        Instant now = clock.now();
        var query = state == null
                ? em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                : em.createNamedQuery(ContentPiece.FIND_BY_KIND_AND_STATE, ContentPiece.class)
                        .setParameter("state", state);
        return query.setParameter("kind", kind).getResultList().stream()
                .map(piece -> PieceRow.of(piece, now))
                .toList();
    }

    /**
     * Saves the form over the version it was opened at; a published piece changes on the site at once. A blank slug
     * is made from the title; a typed one must be free in the kind. The cover is not the form's to change: it is
     * set and removed by {@link ContentFileService}.
     */
    public PieceView save(PieceEdit edit) {
        ContentPiece piece = current(edit.id(), edit.baseVersion());
        String title = ContentRules.cleaned(edit.title());
        String lead = ContentRules.cleaned(edit.lead());
        String typedSlug = ContentRules.cleaned(edit.slug());
        refuseIfAny(ContentRules.check(title, lead, edit.body(), typedSlug, edit.tags()));
        String body = BodySanitizer.clean(edit.body());
        if (body.length() > ContentPiece.BODY_LENGTH) {
            throw InvalidContentException.of("body", "content.error.body.tooLong");
        }
        String slug = typedSlug == null ? freeSlug(piece.getKind(), Slugs.fromTitle(title), piece) : typedSlug;
        if (typedSlug != null && usedByAnother(piece.getKind(), slug, piece)) {
            throw InvalidContentException.of("slug", "content.error.slug.taken");
        }
        Map<String, Object> before = fields(piece);
        piece.setTitle(title);
        piece.setLead(lead);
        piece.setBody(body.isEmpty() ? null : body);
        piece.setTags(ContentRules.tags(edit.tags()));
        piece.setProjectId(project(piece.getKind(), edit.projectId()));
        moveSlug(piece, slug);
        var store = detailsStore(piece.getKind());
        if (store.isPresent() && edit.details() != null) {
            before.putAll(store.get().auditFields(piece));
            store.get().write(piece, edit.details());
        }
        flush(piece);
        Map<String, Object> after = fields(piece);
        store.ifPresent(s -> after.putAll(s.auditFields(piece)));
        audit.record("content.save", AuditItem.CONTENT_PIECE, piece.getId(), before, after);
        return PieceView.of(piece, clock.now());
    }

    /** The piece as visitors will see it, whatever its state: for the editor's preview. */
    public PublicPiece preview(long id) {
        return PublicPiece.of(find(id));
    }

    /** Shows the piece on the site from now on. */
    public PieceView publishNow(long id, long baseVersion) {
        ContentPiece piece = current(id, baseVersion);
        Instant now = clock.now();
        return publish(piece, now, now);
    }

    /** Shows the piece on the site from {@code at} on, a moment still to come; until then visitors do not see it. */
    public PieceView publishAt(long id, long baseVersion, Instant at) {
        ContentPiece piece = current(id, baseVersion);
        Instant now = clock.now();
        if (at == null) {
            throw InvalidContentException.of("publishAt", "content.error.publishAt.required");
        }
        if (!at.isAfter(now)) {
            throw InvalidContentException.of("publishAt", "content.error.publishAt.past");
        }
        return publish(piece, at, now);
    }

    /** Takes the piece off the site (or cancels its schedule); it stays for editors. */
    public PieceView unpublish(long id, long baseVersion) {
        ContentPiece piece = current(id, baseVersion);
        Map<String, Object> before = publication(piece);
        piece.unpublish();
        flush(piece);
        audit.record(
                "content.unpublish",
                AuditItem.CONTENT_PIECE,
                piece.getId(),
                before,
                publication(piece, "unpublishedAt", clock.now(), "unpublishedBy", callerEmail()));
        return PieceView.of(piece, clock.now());
    }

    private PieceView publish(ContentPiece piece, Instant at, Instant now) {
        Map<String, Object> before = publication(piece);
        piece.publish(at, now, caller());
        flush(piece);
        String action = piece.getState() == ContentState.SCHEDULED ? "content.schedule" : "content.publish";
        audit.record(action, AuditItem.CONTENT_PIECE, piece.getId(), before, publication(piece));
        return PieceView.of(piece, now);
    }

    private java.util.Optional<PieceDetailsStore> detailsStore(ContentKind kind) {
        return detailStores.stream().filter(store -> store.kind() == kind).findFirst();
    }

    /** The project a piece of {@code kind} may belong to: an existing PROJECT piece, or none. */
    private Long project(ContentKind kind, Long projectId) {
        if (projectId == null || !kind.canBelongToProject()) {
            return null;
        }
        ContentPiece project = em.find(ContentPiece.class, projectId);
        if (project == null || project.getKind() != ContentKind.PROJECT) {
            throw InvalidContentException.of("project", "content.error.project.missing");
        }
        return projectId;
    }

    private ContentPiece find(long id) {
        ContentPiece piece = em.find(ContentPiece.class, id);
        if (piece == null) {
            throw new InvalidInputException("content.error.missing");
        }
        return piece;
    }

    /** The piece, as long as it is still at the version the caller saw. */
    private ContentPiece current(long id, long baseVersion) {
        ContentPiece piece = find(id);
        em.refresh(piece);
        if (piece.getVersion() != baseVersion) {
            throw new PieceChangedException(id, piece.getVersion());
        }
        return piece;
    }

    /** Writes now, so that a save that lost the race to someone else's is refused here, with its own message. */
    private void flush(ContentPiece piece) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new PieceChangedException(piece.getId(), piece.getVersion());
        }
    }

    /** Gives the piece a new slug; the old one, if the piece was ever published, keeps leading to it. */
    private void moveSlug(ContentPiece piece, String slug) {
        String old = piece.getSlug();
        if (old.equals(slug)) {
            return;
        }
        oldSlug(piece.getKind(), slug).ifPresent(em::remove);
        piece.setSlug(slug);
        if (piece.getPublishedAt() != null) {
            em.persist(new ContentOldSlug(piece, old));
        }
        em.flush();
    }

    /** {@code base}, or the first of "base-2", "base-3"... that no other piece of the kind uses or used. */
    private String freeSlug(ContentKind kind, String base, ContentPiece piece) {
        for (int n = 1; ; n++) {
            String slug = Slugs.numbered(base, n);
            boolean oldOfAnother = oldSlug(kind, slug)
                    .map(old -> piece == null || !old.getPiece().equals(piece))
                    .orElse(false);
            if (!usedByAnother(kind, slug, piece) && !oldOfAnother) {
                return slug;
            }
        }
    }

    private boolean usedByAnother(ContentKind kind, String slug, ContentPiece piece) {
        return em.createNamedQuery(ContentPiece.FIND_BY_SLUG, ContentPiece.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(other -> piece == null || !Objects.equals(other.getId(), piece.getId()));
    }

    private java.util.Optional<ContentOldSlug> oldSlug(ContentKind kind, String slug) {
        return em.createNamedQuery(ContentOldSlug.FIND, ContentOldSlug.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    private Account caller() {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", callerEmail())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private String callerEmail() {
        return session.getCallerPrincipal().getName();
    }

    private static Map<String, Object> fields(ContentPiece piece) {
        return Changes.of(
                "kind", piece.getKind(),
                "title", piece.getTitle(),
                "lead", piece.getLead(),
                "bodyLength", piece.getBody() == null ? 0 : piece.getBody().length(),
                "coverImageKey", piece.getCoverImageKey(),
                "slug", piece.getSlug(),
                "tags", List.copyOf(piece.getTags()),
                "projectId", piece.getProjectId());
    }

    private static Map<String, Object> publication(ContentPiece piece, Object... more) {
        Map<String, Object> fields = Changes.of(
                "state",
                piece.getState(),
                "publishAt",
                piece.getPublishAt(),
                "publishedAt",
                piece.getPublishedAt(),
                "publishedBy",
                piece.getPublishedBy() == null ? null : piece.getPublishedBy().getEmail());
        fields.putAll(Changes.of(more));
        return fields;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }
}
