package ru.nko42.portal.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.opendata.control.HsdsDataPackage;
import ru.nko42.portal.opendata.control.HsdsIds;
import ru.nko42.portal.opendata.control.HsdsOrganizations;
import ru.nko42.portal.opendata.control.HsdsServices;
import ru.nko42.portal.opendata.control.HsdsTaxonomies;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.boundary.ServiceSearch;

/**
 * The published directory as HSDS 3.0 open data, for anyone: services, organizations, services at their places, and
 * the portal's vocabularies as taxonomies. Only what citizens see is in it: published services of published
 * organizations, as last approved; published organizations.
 *
 * <p>Lists are filtered and counted over ids (the search of the portal for words, the database for the rest, the
 * distance computed here), in the order of the ids, and only the page's records are then read, in one batch.
 */
@Stateless
@PermitAll
public class OpenDataDirectory {

    /** How many services the export reads at a time. */
    public static final int EXPORT_BATCH = 100;

    private static final String PUBLIC_SERVICE =
            "s.state = :published AND s.organization.state = :published" + " AND s.publishedRevision IS NOT NULL";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    ServiceSearch search;

    /** A page of services, each as much as {@code detail} says. */
    public HsdsPage services(ServiceFilter filter, Paging paging, ServiceDetail detail) {
        List<Long> ids = serviceIds(filter);
        List<Long> page = slice(ids, paging);
        List<JsonObject> documents = new ArrayList<>(page.size());
        for (SocialService service : read(page)) {
            documents.add(
                    switch (detail) {
                        case MINIMAL -> HsdsServices.minimal(service);
                        case LIST -> HsdsServices.listItem(service, true);
                        case FULL -> HsdsServices.full(service, true);
                    });
        }
        return new HsdsPage(documents, ids.size(), paging);
    }

    /** The full document of a published service, by its HSDS id. */
    public Optional<JsonObject> service(String hsdsId) {
        return publicService(hsdsId).map(service -> HsdsServices.full(service, true));
    }

    /**
     * A page of the places of the services that pass the filter (with {@code proximity}, the places near the point),
     * ordered by service and place; each as {@code service_at_location_list.json}, or with {@code full} as
     * {@code compiled/service_at_location.json}.
     */
    public HsdsPage serviceAtLocations(ServiceFilter filter, Paging paging, boolean full) {
        List<Long> services = serviceIds(new ServiceFilter(
                filter.search(),
                filter.taxonomyTermId(),
                filter.taxonomyId(),
                filter.organizationId(),
                filter.modifiedAfter(),
                null));
        List<long[]> places = new ArrayList<>();
        for (List<Long> chunk : chunks(services, 1000)) {
            List<Object[]> rows = em.createQuery(
                            "SELECT s.id, l.id, l.latitude, l.longitude FROM SocialService s JOIN s.publishedRevision r"
                                    + " JOIN r.locations l WHERE s.id IN :ids ORDER BY s.id, l.id",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList();
            for (Object[] row : rows) {
                if (filter.proximity() == null
                        || row[2] != null
                                && row[3] != null
                                && filter.proximity().contains((Double) row[2], (Double) row[3])) {
                    places.add(new long[] {(Long) row[0], (Long) row[1]});
                }
            }
        }
        List<long[]> page = slice(places, paging);
        Map<Long, SocialService> byId = read(
                        page.stream().map(place -> place[0]).distinct().toList())
                .stream()
                .collect(Collectors.toMap(SocialService::getId, Function.identity()));
        List<JsonObject> documents = new ArrayList<>(page.size());
        for (long[] place : page) {
            SocialService service = byId.get(place[0]);
            ServiceLocation location = service.getPublishedRevision().getLocations().stream()
                    .filter(candidate -> candidate.getId() == place[1])
                    .findFirst()
                    .orElseThrow();
            documents.add(
                    full
                            ? HsdsServices.serviceAtLocation(service, location)
                            : HsdsServices.serviceAtLocationListItem(service, location));
        }
        return new HsdsPage(documents, places.size(), paging);
    }

    /**
     * A published service at one of its places, by the service_at_location's HSDS id. That id is derived from the
     * place's (it is not stored), so the published places' ids are read and derived until one matches: one light
     * query over the directory's places.
     */
    public Optional<JsonObject> serviceAtLocation(String hsdsId) {
        if (!HsdsIdText.isUuid(hsdsId)) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT s.id, l.id, l.hsdsId FROM SocialService s JOIN s.publishedRevision r JOIN r.locations l"
                                + " WHERE " + PUBLIC_SERVICE,
                        Object[].class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultList();
        for (Object[] row : rows) {
            String id = HsdsIds.part((String) row[2], "service_at_location", 0).toString();
            if (id.equalsIgnoreCase(hsdsId)) {
                SocialService service = em.find(SocialService.class, row[0]);
                return service.getPublishedRevision().getLocations().stream()
                        .filter(location -> location.getId().equals(row[1]))
                        .findFirst()
                        .map(location -> HsdsServices.serviceAtLocation(service, location));
            }
        }
        return Optional.empty();
    }

    /**
     * A page of published organizations (by id), their names containing {@code search} when given; as
     * {@code organization_list.json}, or with {@code full} as {@code compiled/organization.json} with their services
     * (full ones with {@code fullServices}).
     */
    public HsdsPage organizations(String search, Paging paging, boolean full, boolean fullServices) {
        String where = "o.state = :published"
                + (search == null || search.isBlank()
                        ? ""
                        : " AND (LOWER(o.fullName) LIKE :words OR LOWER(o.shortName) LIKE :words)");
        TypedQuery<Long> query = em.createQuery(
                        "SELECT o.id FROM Organization o WHERE " + where + " ORDER BY o.id", Long.class)
                .setParameter("published", PublicationState.PUBLISHED);
        if (search != null && !search.isBlank()) {
            query.setParameter("words", "%" + likeEscaped(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        List<Long> ids = query.getResultList();
        List<Long> page = slice(ids, paging);
        List<JsonObject> documents = new ArrayList<>(page.size());
        for (Organization organization : readOrganizations(page)) {
            documents.add(
                    full
                            ? HsdsOrganizations.withServices(organization, publicServicesOf(organization), fullServices)
                            : HsdsOrganizations.listItem(organization));
        }
        return new HsdsPage(documents, ids.size(), paging);
    }

    /** A published organization with its public services (full ones with {@code fullServices}), by its HSDS id. */
    public Optional<JsonObject> organization(String hsdsId, boolean fullServices) {
        if (!HsdsIdText.isUuid(hsdsId)) {
            return Optional.empty();
        }
        return em
                .createQuery(
                        "SELECT o FROM Organization o WHERE o.hsdsId = :id AND o.state = :published",
                        Organization.class)
                .setParameter("id", hsdsId.toLowerCase(Locale.ROOT))
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultList()
                .stream()
                .findFirst()
                .map(organization ->
                        HsdsOrganizations.withServices(organization, publicServicesOf(organization), fullServices));
    }

    /** A page of the portal's taxonomies, their names containing {@code search} when given. */
    public HsdsPage taxonomies(String search, Paging paging) {
        List<JsonObject> all = HsdsTaxonomies.ALL.stream()
                .filter(taxonomy -> matches(HsdsTaxonomies.name(taxonomy), search))
                .map(HsdsTaxonomies::taxonomy)
                .toList();
        return new HsdsPage(slice(all, paging), all.size(), paging);
    }

    public Optional<JsonObject> taxonomy(String hsdsId) {
        return HsdsTaxonomies.byId(hsdsId).map(HsdsTaxonomies::taxonomy);
    }

    /**
     * A page of the terms of the portal's taxonomies (of the one with {@code taxonomyId} when given; their names
     * containing {@code search} when given), taxonomy by taxonomy in the vocabularies' order, each with its taxonomy.
     */
    public HsdsPage taxonomyTerms(String taxonomyId, String search, Paging paging) {
        List<JsonObject> all = new ArrayList<>();
        for (String taxonomy : HsdsTaxonomies.ALL) {
            if (taxonomyId != null && !HsdsIds.taxonomy(taxonomy).toString().equalsIgnoreCase(taxonomyId.strip())) {
                continue;
            }
            for (ReferenceEntry entry : entries(taxonomy)) {
                if (matches(entry.getNameRu(), search)) {
                    all.add(HsdsTaxonomies.term(entry, true));
                }
            }
        }
        return new HsdsPage(slice(all, paging), all.size(), paging);
    }

    public Optional<JsonObject> taxonomyTerm(String hsdsId) {
        return term(hsdsId).map(entry -> HsdsTaxonomies.term(entry, true));
    }

    /** The ids of every published service, in id order: what the export reads, {@link #EXPORT_BATCH} at a time. */
    public List<Long> publishedServiceIds() {
        return serviceIds(ServiceFilter.none());
    }

    /** The full documents of these services (those still public), in the order of the ids. */
    public List<JsonObject> fullServices(List<Long> ids) {
        return read(ids).stream()
                .map(service -> HsdsServices.full(service, true))
                .toList();
    }

    /**
     * The whole published directory as HSDS documents, for a data package: every published organization (without its
     * services) and every published service (full, with its organization's id).
     */
    public HsdsDataPackage.Contents contents() {
        List<Long> organizationIds = em.createQuery(
                        "SELECT o.id FROM Organization o WHERE o.state = :published ORDER BY o.id", Long.class)
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultList();
        List<JsonObject> organizations = new ArrayList<>(organizationIds.size());
        for (List<Long> chunk : chunks(organizationIds, EXPORT_BATCH)) {
            readOrganizations(chunk)
                    .forEach(organization -> organizations.add(HsdsOrganizations.withoutServices(organization)));
        }
        List<JsonObject> services = new ArrayList<>();
        for (List<Long> chunk : chunks(publishedServiceIds(), EXPORT_BATCH)) {
            read(chunk).forEach(service -> services.add(HsdsServices.full(service, false)));
        }
        return new HsdsDataPackage.Contents(organizations, services);
    }

    // --- the ids that pass a filter

    private List<Long> serviceIds(ServiceFilter filter) {
        StringBuilder jpql = new StringBuilder("SELECT s.id FROM SocialService s WHERE " + PUBLIC_SERVICE);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("published", PublicationState.PUBLISHED);
        if (filter.organizationId() != null) {
            jpql.append(" AND s.organization.hsdsId = :organization");
            parameters.put("organization", filter.organizationId().toLowerCase(Locale.ROOT));
        }
        if (filter.modifiedAfter() != null) {
            jpql.append(" AND (s.updatedAt >= :after OR s.organization.updatedAt >= :after)");
            parameters.put("after", filter.modifiedAfter());
        }
        if (filter.taxonomyTermId() != null) {
            Optional<ReferenceEntry> term = term(filter.taxonomyTermId());
            if (term.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND EXISTS (SELECT t FROM ServiceRevision r JOIN r.")
                    .append(collection(HsdsTaxonomies.of(term.get())))
                    .append(" t WHERE r = s.publishedRevision AND t.code = :term)");
            parameters.put("term", term.get().getCode());
        }
        if (filter.taxonomyId() != null) {
            Optional<String> taxonomy = HsdsTaxonomies.byId(filter.taxonomyId());
            if (taxonomy.isEmpty()) {
                return List.of();
            }
            jpql.append(" AND EXISTS (SELECT t FROM ServiceRevision r JOIN r.")
                    .append(collection(taxonomy.get()))
                    .append(" t WHERE r = s.publishedRevision)");
        }
        jpql.append(" ORDER BY s.id");
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        List<Long> ids = query.getResultList();
        if (filter.search() != null && !ids.isEmpty()) {
            Set<Long> found = found(filter.search());
            ids = ids.stream().filter(found::contains).toList();
        }
        if (filter.proximity() != null && !ids.isEmpty()) {
            Set<Long> near = near(ids, filter.proximity());
            ids = ids.stream().filter(near::contains).toList();
        }
        return ids;
    }

    /** The ids of the services the portal's search finds for the words (as many as it lets a search page through). */
    private Set<Long> found(String words) {
        Set<Long> ids = new LinkedHashSet<>();
        SearchRequest request = SearchRequest.of(words);
        int size = SearchRequest.MAX_PAGE_SIZE;
        for (int page = 1; page <= SearchRequest.MAX_WINDOW / size; page++) {
            SearchResult result = search.search(request.onPage(page, size));
            result.hits().stream().map(Hit::id).forEach(ids::add);
            if (result.hits().size() < size || ids.size() >= result.total()) {
                break;
            }
        }
        return ids;
    }

    private Set<Long> near(List<Long> ids, Proximity proximity) {
        Set<Long> near = new LinkedHashSet<>();
        for (List<Long> chunk : chunks(ids, 1000)) {
            List<Object[]> rows = em.createQuery(
                            "SELECT s.id, l.latitude, l.longitude FROM SocialService s JOIN s.publishedRevision r"
                                    + " JOIN r.locations l WHERE s.id IN :ids AND l.latitude IS NOT NULL"
                                    + " AND l.longitude IS NOT NULL",
                            Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList();
            for (Object[] row : rows) {
                if (proximity.contains((Double) row[1], (Double) row[2])) {
                    near.add((Long) row[0]);
                }
            }
        }
        return near;
    }

    private static String collection(String taxonomy) {
        return switch (taxonomy) {
            case HsdsIds.TYPES -> "types";
            case HsdsIds.FORMS -> "forms";
            default -> "categories";
        };
    }

    // --- reading records

    private Optional<SocialService> publicService(String hsdsId) {
        if (!HsdsIdText.isUuid(hsdsId)) {
            return Optional.empty();
        }
        return em
                .createQuery("SELECT s FROM SocialService s WHERE s.hsdsId = :id", SocialService.class)
                .setParameter("id", hsdsId.toLowerCase(Locale.ROOT))
                .getResultList()
                .stream()
                .filter(service -> service.isPublic() && service.getPublishedRevision() != null)
                .findFirst();
    }

    /** The services with these ids that are public, in the order of the ids, with their parts in few queries. */
    private List<SocialService> read(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SocialService> found = em
                .createQuery(
                        "SELECT s FROM SocialService s JOIN FETCH s.organization WHERE s.id IN :ids",
                        SocialService.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.publishedRevision")
                .setHint("eclipselink.batch", "s.organization.publishedRevision")
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SocialService::getId, Function.identity()));
        List<SocialService> services = new ArrayList<>(ids.size());
        for (Long id : ids) {
            SocialService service = found.get(id);
            if (service != null && service.isPublic() && service.getPublishedRevision() != null) {
                services.add(service);
            }
        }
        return services;
    }

    private List<Organization> readOrganizations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organization> found = em
                .createQuery("SELECT o FROM Organization o WHERE o.id IN :ids", Organization.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.publishedRevision")
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
        return ids.stream().map(found::get).filter(o -> o != null).toList();
    }

    private List<SocialService> publicServicesOf(Organization organization) {
        return em.createQuery(
                        "SELECT s FROM SocialService s WHERE s.organization = :organization AND s.state = :published"
                                + " AND s.publishedRevision IS NOT NULL ORDER BY s.id",
                        SocialService.class)
                .setParameter("organization", organization)
                .setParameter("published", PublicationState.PUBLISHED)
                .getResultList();
    }

    private List<? extends ReferenceEntry> entries(String taxonomy) {
        Class<? extends ReferenceEntry> vocabulary = HsdsTaxonomies.vocabulary(taxonomy);
        return em.createQuery(
                        "SELECT e FROM " + vocabulary.getSimpleName() + " e ORDER BY e.position, e.nameRu", vocabulary)
                .getResultList();
    }

    private Optional<ReferenceEntry> term(String hsdsId) {
        if (!HsdsIdText.isUuid(hsdsId)) {
            return Optional.empty();
        }
        for (String taxonomy : HsdsTaxonomies.ALL) {
            for (ReferenceEntry entry : entries(taxonomy)) {
                if (HsdsIds.term(taxonomy, entry.getCode()).toString().equalsIgnoreCase(hsdsId.strip())) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String name, String search) {
        return search == null
                || search.isBlank()
                || name.toLowerCase(Locale.ROOT).contains(search.strip().toLowerCase(Locale.ROOT));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static <T> List<T> slice(List<T> all, Paging paging) {
        if (paging.offset() >= all.size()) {
            return List.of();
        }
        int from = (int) paging.offset();
        return all.subList(from, Math.min(all.size(), from + paging.perPage()));
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
