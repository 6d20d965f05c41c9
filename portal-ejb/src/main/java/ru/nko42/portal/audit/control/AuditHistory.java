package ru.nko42.portal.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.model.audit.AuditEntry;

/** What was done to one item, newest first: for whoever the calling service lets see it. */
@Dependent
public class AuditHistory {

    /** The longest history shown of one item. */
    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<AuditRow> of(AuditItem itemType, long itemId) {
        return em
                .createNamedQuery(AuditEntry.FIND_BY_ITEM, AuditEntry.class)
                .setParameter("itemType", itemType.name())
                .setParameter("itemId", itemId)
                .setMaxResults(LIMIT)
                .getResultList()
                .stream()
                .map(AuditRow::of)
                .toList();
    }
}
