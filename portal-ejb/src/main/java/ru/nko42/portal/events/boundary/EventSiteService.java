package ru.nko42.portal.events.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.content.boundary.SlugLookup;
import ru.nko42.portal.events.control.EventCalendarFile;
import ru.nko42.portal.events.control.KuzbassTime;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.RegistrationStatus;

/**
 * Events as visitors see them (public pieces of kind EVENT with their details): upcoming soonest first (an event
 * under way counts as upcoming until it ends), past newest first, a month's, by tag; one event by its slug; its
 * iCalendar file.
 */
@Stateless
@PermitAll
public class EventSiteService {

    /** The tag of the NGO accountants' club's meetings. */
    public static final String ACCOUNTANTS_CLUB_TAG = "клуб бухгалтеров";

    public static final int MAX_PAGE_SIZE = 50;

    private static final String PUBLIC_EVENTS = " FROM ContentPiece p, EventDetails d%s WHERE d.pieceId = p.id"
            + " AND p.kind = :kind AND p.state IN :shown AND p.publishAt <= :now%s AND %s";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    ContentSiteService site;

    /** At most {@code count} events still to come or under way, soonest first; with {@code tag} only when given. */
    public List<PublicEvent> upcoming(String tag, int count) {
        return ids("d.endsAt > :now", "d.startsAt ASC", tag, Map.of(), 0, limit(count));
    }

    /** Page {@code page} (from 0) of the events that have ended, newest first. */
    public EventPage past(String tag, int page, int size) {
        int pageSize = limit(size);
        int number = Math.max(0, page);
        long total = count("d.endsAt <= :now", tag, Map.of());
        return new EventPage(
                ids("d.endsAt <= :now", "d.startsAt DESC", tag, Map.of(), number * pageSize, pageSize),
                number,
                pageSize,
                total);
    }

    /** The events starting in {@code month} (Kuzbass time), in order. */
    public List<PublicEvent> month(YearMonth month, String tag) {
        Instant from = month.atDay(1).atStartOfDay(KuzbassTime.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(KuzbassTime.ZONE).toInstant();
        return ids(
                "d.startsAt >= :from AND d.startsAt < :to",
                "d.startsAt ASC",
                tag,
                Map.of("from", from, "to", to),
                0,
                500);
    }

    /** The public event under {@code slug}, or the slug it moved to, or nothing. */
    public EventLookup find(String slug) {
        SlugLookup lookup = site.find(ContentKind.EVENT, slug);
        if (lookup.isMoved()) {
            return new EventLookup(null, lookup.movedTo());
        }
        if (!lookup.isFound()) {
            return new EventLookup(null, null);
        }
        EventDetails details = em.find(EventDetails.class, lookup.piece().id());
        if (details == null) {
            return new EventLookup(null, null);
        }
        return new EventLookup(
                events(List.of(lookup.piece()), Map.of(details.getPieceId(), details))
                        .get(0),
                null);
    }

    /** The iCalendar file of the public event under {@code slug} (without the online link), if there is one. */
    public Optional<String> calendarFile(String slug) {
        EventLookup lookup = find(slug);
        if (!lookup.isFound()) {
            return Optional.empty();
        }
        ContentPiece piece = em.find(ContentPiece.class, lookup.event().piece().id());
        EventDetails details = em.find(EventDetails.class, piece.getId());
        return Optional.of(EventCalendarFile.forPage(piece, details, clock.now()));
    }

    private List<PublicEvent> ids(
            String when, String order, String tag, Map<String, Object> parameters, int first, int max) {
        TypedQuery<Long> query = em.createQuery(
                        "SELECT p.id" + where(when, tag) + " ORDER BY " + order + ", p.id", Long.class)
                .setFirstResult(first)
                .setMaxResults(max);
        bind(query, tag, parameters);
        return load(query.getResultList());
    }

    private long count(String when, String tag, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(p)" + where(when, tag), Long.class);
        bind(query, tag, parameters);
        return query.getSingleResult();
    }

    private static String where(String when, String tag) {
        boolean tagged = tag != null && !tag.isBlank();
        return String.format(PUBLIC_EVENTS, tagged ? " JOIN p.tags t" : "", tagged ? " AND t = :tag" : "", when);
    }

    private void bind(TypedQuery<?> query, String tag, Map<String, Object> parameters) {
        query.setParameter("kind", ContentKind.EVENT)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", clock.now());
        if (tag != null && !tag.isBlank()) {
            query.setParameter("tag", tag.strip().toLowerCase(new Locale("ru")));
        }
        parameters.forEach(query::setParameter);
    }

    private List<PublicEvent> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EventDetails> details = em.createNamedQuery(EventDetails.FIND_BY_IDS, EventDetails.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(EventDetails::getPieceId, Function.identity()));
        return events(site.pieces(ids), details);
    }

    private List<PublicEvent> events(List<PublicPiece> pieces, Map<Long, EventDetails> details) {
        Map<Long, Map<RegistrationStatus, Long>> counts =
                counts(pieces.stream().map(PublicPiece::id).toList());
        Instant now = clock.now();
        return pieces.stream()
                .map(piece -> {
                    EventDetails d = details.get(piece.id());
                    Map<RegistrationStatus, Long> count = counts.getOrDefault(piece.id(), Map.of());
                    Integer left = d.getCapacity() == null
                            ? null
                            : (int) Math.max(0, d.getCapacity() - count.getOrDefault(RegistrationStatus.CONFIRMED, 0L));
                    return new PublicEvent(
                            piece,
                            d.getStartsAt(),
                            d.getEndsAt(),
                            d.getFormat(),
                            d.getPlaceName(),
                            d.getAddress(),
                            d.getMunicipalityCode(),
                            d.getLatitude(),
                            d.getLongitude(),
                            d.getCapacity(),
                            left,
                            count.getOrDefault(RegistrationStatus.WAITING, 0L),
                            d.acceptsRegistrationsAt(now),
                            d.getRegistrationDeadline(),
                            !d.getEndsAt().isAfter(now));
                })
                .toList();
    }

    private Map<Long, Map<RegistrationStatus, Long>> counts(List<Long> ids) {
        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        em.createQuery(
                        "SELECT r.eventId, r.status, COUNT(r) FROM EventRegistration r WHERE r.eventId IN :ids"
                                + " GROUP BY r.eventId, r.status",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(RegistrationStatus.class))
                        .put((RegistrationStatus) row[1], ((Number) row[2]).longValue()));
        return counts;
    }

    private static int limit(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }
}
