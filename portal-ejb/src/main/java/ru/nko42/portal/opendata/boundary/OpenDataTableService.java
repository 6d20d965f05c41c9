package ru.nko42.portal.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;

/**
 * The open data tables of the "Open data" page and their CSV and XLSX downloads: the published organizations of the
 * member directory and the published services, each from its published revision, sorted and paged on the server.
 * Nothing unpublished is ever returned, and nobody needs to log in.
 */
@Stateless
@PermitAll
public class OpenDataTableService {

    private static final String PUBLISHED_ORGANIZATIONS =
            " FROM Organization o WHERE o.state = :published AND o.publishedRevision IS NOT NULL";
    private static final String PUBLIC_SERVICES = " FROM SocialService s WHERE s.state = :published"
            + " AND s.publishedRevision IS NOT NULL AND s.organization.state = :published";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public long countOrganizations() {
        return em.createQuery("SELECT COUNT(o)" + PUBLISHED_ORGANIZATIONS, Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getSingleResult();
    }

    /** The published organizations from {@code first}, at most {@code max}, in the order asked for. */
    public List<OrganizationTableRow> organizations(int first, int max, OpenDataSort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        List<Long> ids = em.createQuery(
                        "SELECT o.id" + PUBLISHED_ORGANIZATIONS + " ORDER BY " + sort.organizationPath() + direction
                                + ", o.id" + direction,
                        Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> services = new HashMap<>();
        em.createQuery(
                        "SELECT s.organization.id, COUNT(s)" + PUBLIC_SERVICES
                                + " AND s.organization.id IN :ids GROUP BY s.organization.id",
                        Object[].class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> services.put((Long) row[0], (Long) row[1]));
        List<Organization> found = em.createQuery(
                        "SELECT o FROM Organization o JOIN FETCH o.municipality WHERE o.id IN :ids", Organization.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "o.publishedRevision")
                .getResultList();
        return inOrder(ids, found, Organization::getId).stream()
                .map(o -> organizationRow(o, services.getOrDefault(o.getId(), 0L)))
                .toList();
    }

    public long countServices() {
        return em.createQuery("SELECT COUNT(s)" + PUBLIC_SERVICES, Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getSingleResult();
    }

    /** The published services (of published organizations) from {@code first}, at most {@code max}. */
    public List<ServiceTableRow> services(int first, int max, OpenDataSort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        List<Long> ids = em.createQuery(
                        "SELECT s.id" + PUBLIC_SERVICES + " ORDER BY " + sort.servicePath() + direction + ", s.id"
                                + direction,
                        Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SocialService> found = em.createQuery(
                        "SELECT s FROM SocialService s JOIN FETCH s.organization WHERE s.id IN :ids",
                        SocialService.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "s.publishedRevision")
                .getResultList();
        return inOrder(ids, found, SocialService::getId).stream()
                .map(OpenDataTableService::serviceRow)
                .toList();
    }

    private static OrganizationTableRow organizationRow(Organization organization, long services) {
        OrganizationDetails details = organization.getPublishedRevision().getDetails();
        Municipality municipality = organization.getMunicipality();
        return new OrganizationTableRow(
                organization.getId(),
                organization.getFullName(),
                organization.getKind(),
                organization.getInn(),
                organization.getOgrn(),
                municipality.getNameRu(),
                municipality.getNameEn(),
                details.getPostalAddress(),
                details.getPhone(),
                details.getEmail(),
                details.getWebsite(),
                services);
    }

    private static ServiceTableRow serviceRow(SocialService service) {
        ServiceRevision revision = service.getPublishedRevision();
        Set<Municipality> municipalities = new LinkedHashSet<>(revision.getServiceAreas());
        revision.getLocations().forEach(l -> municipalities.add(l.getMunicipality()));
        List<ServiceLocation> locations = revision.getLocations();
        return new ServiceTableRow(
                service.getId(),
                revision.getDetails().getName(),
                service.getOrganization().getFullName(),
                municipalities.stream()
                        .map(m -> new ReferenceItem(m.getCode(), m.getNameRu(), m.getNameEn()))
                        .toList(),
                revision.getTypes().stream().map(ReferenceItem::of).toList(),
                revision.getForms().stream().map(ReferenceItem::of).toList(),
                revision.getCategories().stream().map(ReferenceItem::of).toList(),
                revision.getDetails().getFee(),
                revision.getDetails().getFreePlaces(),
                revision.getPhones().isEmpty()
                        ? null
                        : revision.getPhones().get(0).getNumber(),
                locations.isEmpty() ? null : locations.get(0).getAddress(),
                service.getLastVerifiedAt());
    }

    private static <T> List<T> inOrder(List<Long> ids, List<T> found, Function<T, Long> id) {
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<T> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(item -> order.get(id.apply(item))));
        return sorted;
    }
}
