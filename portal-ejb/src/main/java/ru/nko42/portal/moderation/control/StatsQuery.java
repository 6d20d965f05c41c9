package ru.nko42.portal.moderation.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.OpenInMunicipality;

/**
 * The rows the moderation dashboard counts, within a moderator's municipalities: the decisions of a period and the
 * open items by municipality. Items without a municipality count only for a scope of every municipality.
 */
public final class StatsQuery {

    private StatsQuery() {}

    /** One decided item: when it was submitted, when and how it was decided. */
    public record Decided(Instant submittedAt, Instant decidedAt, Decision decision) {}

    /** The items decided from {@code from} to {@code to}, both included; withdrawn ones are no decisions. */
    public static List<Decided> decided(EntityManager em, MunicipalityScope scope, Instant from, Instant to) {
        Query query = em.createQuery("SELECT i.submittedAt, i.decidedAt, i.decision FROM ModerationItem i"
                + " WHERE i.state = ru.nko42.portal.model.moderation.ItemState.DECIDED"
                + " AND i.decidedAt >= :from AND i.decidedAt <= :to"
                + (scope.all() ? "" : " AND i.municipality.id IN :scope"));
        query.setParameter("from", from).setParameter("to", to);
        bindScope(query, scope);
        return rows(query).stream()
                .map(row -> new Decided(instant(row[0]), instant(row[1]), (Decision) row[2]))
                .toList();
    }

    /** The open items by municipality, most first (then by name), with when the oldest was submitted. */
    public static List<OpenInMunicipality> openByMunicipality(EntityManager em, MunicipalityScope scope, Instant now) {
        Query query =
                em.createQuery("SELECT m.id, m.nameRu, m.nameEn, COUNT(i), MIN(i.submittedAt) FROM ModerationItem i"
                        + " LEFT JOIN i.municipality m"
                        + " WHERE i.state = ru.nko42.portal.model.moderation.ItemState.OPEN"
                        + (scope.all() ? "" : " AND m.id IN :scope")
                        + " GROUP BY m.id, m.nameRu, m.nameEn");
        bindScope(query, scope);
        return rows(query).stream()
                .map(row -> {
                    Instant oldest = instant(row[4]);
                    return new OpenInMunicipality(
                            (Long) row[0],
                            (String) row[1],
                            (String) row[2],
                            ((Number) row[3]).longValue(),
                            oldest,
                            Duration.between(oldest, now).isNegative() ? Duration.ZERO : Duration.between(oldest, now));
                })
                .sorted(Comparator.comparingLong(OpenInMunicipality::open)
                        .reversed()
                        .thenComparing(OpenInMunicipality::nameRu, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static void bindScope(Query query, MunicipalityScope scope) {
        if (!scope.all()) {
            query.setParameter("scope", List.copyOf(scope.ids()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** A time as the provider returns it: converted by the entity's converter, or, from an aggregate, raw. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
