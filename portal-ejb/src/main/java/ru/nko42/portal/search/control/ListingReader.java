package ru.nko42.portal.search.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.services.control.IndexedServices;
import ru.nko42.portal.services.control.ServiceOpenings;

/**
 * Reads what the search needs from the database, each call in a transaction of its own (the index follows commits,
 * after the transaction that changed a listing has ended): the services citizens may find, in batches, and a
 * marker of the published listings that tells whether an index on disk is still up to date.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ListingReader {

    /**
     * Sums over the public services and their organizations that change whenever what the index holds may change:
     * a service published, edited (a new published revision), withdrawn; its organization renamed, published or
     * withdrawn (the join drops it); plus the last change of the vocabularies whose names are indexed.
     */
    private static final String MARKER = "SELECT CAST(CONCAT_WS(':', COUNT(*), COALESCE(SUM(s.id), 0),"
            + " COALESCE(SUM(s.published_revision_id), 0), COALESCE(SUM(s.version), 0),"
            + " COALESCE(SUM(CRC32(CONCAT_WS('|', s.id, o.full_name, o.short_name))), 0),"
            + " (SELECT COALESCE(MAX(updated_at), '-') FROM social_service_type),"
            + " (SELECT COALESCE(MAX(updated_at), '-') FROM social_service_form),"
            + " (SELECT COALESCE(MAX(updated_at), '-') FROM recipient_category)) AS CHAR)"
            + " FROM social_service s JOIN organization o ON o.id = s.organization_id"
            + " WHERE s.state = 'PUBLISHED' AND o.state = 'PUBLISHED' AND s.published_revision_id IS NOT NULL";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** What the published listings are now, as a short text; equal texts mean an index built from them is current. */
    public String marker() {
        Object value = em.createNativeQuery(MARKER).getSingleResult();
        return "v1:" + (value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value);
    }

    /** The ids of every service citizens may find, in id order. */
    public List<Long> publishedIds() {
        return em.createNamedQuery(SocialService.FIND_PUBLISHED_IDS, Long.class).getResultList();
    }

    /** The ids of an organization's services, whatever their state. */
    public List<Long> idsOfOrganization(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null) {
            return List.of();
        }
        return em
                .createNamedQuery(SocialService.FIND_BY_ORGANIZATION, SocialService.class)
                .setParameter("organization", organization)
                .getResultList()
                .stream()
                .map(SocialService::getId)
                .toList();
    }

    /** The services with these ids as the search needs them, hidden ones included, in the order of the ids. */
    public List<ListedService> read(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SocialService> found = em
                .createQuery(
                        "SELECT s FROM SocialService s JOIN FETCH s.organization WHERE s.id IN :ids",
                        SocialService.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SocialService::getId, Function.identity()));
        List<ListedService> listed = new ArrayList<>(ids.size());
        for (Long id : ids) {
            SocialService service = found.get(id);
            if (service == null || !service.isPublic() || service.getPublishedRevision() == null) {
                listed.add(ListedService.hidden(id));
            } else {
                listed.add(new ListedService(
                        id, IndexedServices.of(service), ServiceOpenings.of(service.getPublishedRevision())));
            }
        }
        return listed;
    }
}
