package ru.nko42.portal.moderation.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.model.moderation.ModerationItem;
import ru.nko42.portal.moderation.boundary.QueueFilter;

/**
 * The open items a filter selects within a moderator's municipalities, oldest first. Items without a municipality
 * are region-wide: only a scope of every municipality includes them.
 */
public final class QueueQuery {

    private final String where;
    private final Map<String, Object> parameters;

    private QueueQuery(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    public static QueueQuery of(QueueFilter filter, MunicipalityScope scope, Instant now) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.add("i.state = ru.nko42.portal.model.moderation.ItemState.OPEN");
        if (!scope.all()) {
            conditions.add("i.municipality.id IN :scope");
            parameters.put("scope", List.copyOf(scope.ids()));
        }
        if (filter.kind() != null) {
            conditions.add("i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.municipality() != null) {
            conditions.add("i.municipality.code = :municipality");
            parameters.put("municipality", filter.municipality());
        }
        if (filter.text() != null) {
            conditions.add("LOWER(i.title) LIKE :text ESCAPE '!'");
            parameters.put("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.minimumAgeDays() > 0) {
            conditions.add("i.submittedAt <= :submittedBefore");
            parameters.put("submittedBefore", now.minus(Duration.ofDays(filter.minimumAgeDays())));
        }
        return new QueueQuery(" WHERE " + String.join(" AND ", conditions), parameters);
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static boolean includes(MunicipalityScope scope, ModerationItem item) {
        return item.getMunicipality() == null
                ? scope.all()
                : scope.includes(item.getMunicipality().getId());
    }

    public List<ModerationItem> items(EntityManager em, int first, int max) {
        TypedQuery<ModerationItem> query = em.createQuery(
                "SELECT i FROM ModerationItem i" + where + " ORDER BY i.submittedAt, i.id", ModerationItem.class);
        bind(query);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(EntityManager em) {
        Query query = em.createQuery("SELECT COUNT(i) FROM ModerationItem i" + where);
        bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    private void bind(Query query) {
        parameters.forEach(query::setParameter);
    }
}
