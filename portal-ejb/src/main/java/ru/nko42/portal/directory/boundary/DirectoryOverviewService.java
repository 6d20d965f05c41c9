package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;

/** Public, read-only view of the directory: the municipalities and how many organizations each has published. */
@Stateless
@PermitAll
public class DirectoryOverviewService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public DirectorySummary summary() {
        Map<Long, Long> published = publishedCountsByMunicipality();
        List<MunicipalitySummary> municipalities =
                em.createNamedQuery(Municipality.FIND_ALL, Municipality.class).getResultList().stream()
                        .map(m -> toSummary(m, published.getOrDefault(m.getId(), 0L)))
                        .toList();
        long total = published.values().stream().mapToLong(Long::longValue).sum();
        return new DirectorySummary(total, municipalities);
    }

    public Optional<MunicipalitySummary> municipality(String code) {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(m -> toSummary(m, publishedCountIn(m)));
    }

    private long publishedCountIn(Municipality municipality) {
        return em.createNamedQuery(Organization.COUNT_IN_STATE_IN_MUNICIPALITY, Long.class)
                .setParameter("state", PublicationState.PUBLISHED)
                .setParameter("municipality", municipality)
                .getSingleResult();
    }

    private Map<Long, Long> publishedCountsByMunicipality() {
        return em
                .createNamedQuery(Organization.COUNT_IN_STATE_BY_MUNICIPALITY, Object[].class)
                .setParameter("state", PublicationState.PUBLISHED)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static MunicipalitySummary toSummary(Municipality m, long publishedOrganizations) {
        return new MunicipalitySummary(
                m.getCode(),
                m.getNameRu(),
                m.getNameEn(),
                m.getKind(),
                m.getAdminCentre(),
                m.getLatitude(),
                m.getLongitude(),
                publishedOrganizations);
    }
}
