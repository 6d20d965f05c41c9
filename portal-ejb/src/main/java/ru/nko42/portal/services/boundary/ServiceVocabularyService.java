package ru.nko42.portal.services.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;

/**
 * The vocabularies social service listings are described and filtered with: only active entries, in the list's order.
 * Each item names itself in either language ({@link ReferenceItem#name(java.util.Locale)}).
 */
@Stateless
@PermitAll
public class ServiceVocabularyService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** The forms of social services of 442-FZ, article 19: at home, semi-residential, residential. */
    public List<ReferenceItem> serviceForms() {
        return active(SocialServiceForm.FIND_ALL, SocialServiceForm.class);
    }

    /** The types of social services of 442-FZ, article 20, from household to urgent services. */
    public List<ReferenceItem> serviceTypes() {
        return active(SocialServiceType.FIND_ALL, SocialServiceType.class);
    }

    /** The categories of recipients administrators keep (older people, families with children, ...). */
    public List<ReferenceItem> recipientCategories() {
        return active(RecipientCategory.FIND_ALL, RecipientCategory.class);
    }

    private <E extends ReferenceEntry> List<ReferenceItem> active(String query, Class<E> type) {
        return em.createNamedQuery(query, type).getResultList().stream()
                .filter(ReferenceEntry::isActive)
                .map(ReferenceItem::of)
                .toList();
    }
}
