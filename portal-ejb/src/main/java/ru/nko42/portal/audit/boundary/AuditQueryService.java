package ru.nko42.portal.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.audit.control.AuditHistory;
import ru.nko42.portal.model.audit.AuditEntry;

/** The audit log as administrators read it: searched and paged newest first, or the history of one item. */
@Stateless
@RolesAllowed("ADMIN")
public class AuditQueryService {

    /** The days of a search are Kuzbass days, whatever the server's zone. */
    public static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditHistory history;

    /** The entries matching the query, newest first, from {@code first}, at most {@code max}. */
    public List<AuditRow> search(AuditQuery query, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.where(conditions(cb, entry, query)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> page =
                em.createQuery(select).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max));
        return page.getResultList().stream().map(AuditRow::of).toList();
    }

    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<AuditEntry> entry = select.from(AuditEntry.class);
        select.select(cb.count(entry)).where(conditions(cb, entry, query));
        return em.createQuery(select).getSingleResult();
    }

    /** What was done to one item, newest first. */
    public List<AuditRow> history(AuditItem itemType, long itemId) {
        return history.of(itemType, itemId);
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditQuery query) {
        List<Predicate> all = new ArrayList<>();
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<Predicate> any = new ArrayList<>(List.of(
                    cb.like(cb.lower(entry.get("actorEmail")), like, '\\'),
                    cb.like(cb.lower(entry.get("action")), like, '\\'),
                    cb.like(cb.lower(entry.get("itemType")), like, '\\'),
                    cb.like(cb.lower(entry.get("before")), like, '\\'),
                    cb.like(cb.lower(entry.get("after")), like, '\\')));
            if (text.chars().allMatch(Character::isDigit) && text.length() < 19) {
                any.add(cb.equal(entry.get("itemId"), Long.valueOf(text)));
            }
            all.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (query.itemType() != null) {
            all.add(cb.equal(entry.get("itemType"), query.itemType().name()));
        }
        if (query.from() != null) {
            all.add(cb.greaterThanOrEqualTo(
                    entry.get("occurredAt"), query.from().atStartOfDay(KUZBASS).toInstant()));
        }
        if (query.to() != null) {
            all.add(cb.lessThan(
                    entry.get("occurredAt"),
                    query.to().plusDays(1).atStartOfDay(KUZBASS).toInstant()));
        }
        return all.toArray(Predicate[]::new);
    }
}
