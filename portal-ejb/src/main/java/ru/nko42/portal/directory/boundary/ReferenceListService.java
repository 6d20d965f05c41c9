package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.TargetGroup;

/** The reference lists the directory's forms and filters offer: only active entries, in the administrators' order. */
@Stateless
@PermitAll
public class ReferenceListService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public List<ReferenceItem> legalForms(OrganizationKind kind) {
        return em.createNamedQuery(LegalForm.FIND_ALL, LegalForm.class).getResultList().stream()
                .filter(ReferenceEntry::isActive)
                .filter(form -> kind == null || form.offeredTo(kind))
                .map(ReferenceItem::of)
                .toList();
    }

    public List<ReferenceItem> activityAreas() {
        return active(ActivityArea.FIND_ALL, ActivityArea.class);
    }

    public List<ReferenceItem> targetGroups() {
        return active(TargetGroup.FIND_ALL, TargetGroup.class);
    }

    private <E extends ReferenceEntry> List<ReferenceItem> active(String query, Class<E> type) {
        return em.createNamedQuery(query, type).getResultList().stream()
                .filter(ReferenceEntry::isActive)
                .map(ReferenceItem::of)
                .toList();
    }
}
