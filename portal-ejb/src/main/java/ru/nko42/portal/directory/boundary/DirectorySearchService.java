package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * The public directory: published organizations by filters, sorted and paged on the server, with counts per
 * municipality; and one organization's published profile. Nothing unpublished is ever returned.
 */
@Stateless
@PermitAll
public class DirectorySearchService {

    private static final int EXCERPT_LENGTH = 220;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** One page of the matching organizations; a page past the last one is the last one. */
    public DirectoryPage search(DirectoryQuery query) {
        DirectoryFilter filter = new DirectoryFilter(query);
        long total = filter.bind(em.createQuery("SELECT COUNT(o) FROM Organization o" + filter.where(true), Long.class))
                .getSingleResult();
        long lastPage = Math.max(1, (total + query.pageSize() - 1) / query.pageSize());
        int page = (int) Math.min(query.page(), lastPage);
        List<Long> ids = filter.bind(em.createQuery(
                        "SELECT o.id FROM Organization o" + filter.where(true) + filter.orderBy(), Long.class))
                .setFirstResult((page - 1) * query.pageSize())
                .setMaxResults(query.pageSize())
                .getResultList();
        Map<String, Long> byMunicipality = new LinkedHashMap<>();
        filter.bind(em.createQuery(
                        "SELECT o.municipality.code, COUNT(o) FROM Organization o" + filter.where(false)
                                + " GROUP BY o.municipality.code",
                        Object[].class))
                .getResultList()
                .forEach(row -> byMunicipality.put((String) row[0], (Long) row[1]));
        return new DirectoryPage(cards(ids), total, page, query.pageSize(), byMunicipality);
    }

    /** The published profile of an organization; empty for an unknown or unpublished one. */
    public Optional<PublicProfile> profile(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null
                || organization.getState() != PublicationState.PUBLISHED
                || organization.getPublishedRevision() == null) {
            return Optional.empty();
        }
        OrganizationRevision revision = organization.getPublishedRevision();
        return Optional.of(new PublicProfile(
                organization.getId(),
                organization.getSlug(),
                revision.getDetails().copy(),
                revision.getLegalForm() == null ? null : ReferenceItem.of(revision.getLegalForm()),
                revision.getMunicipality().getCode(),
                revision.getMunicipality().getNameRu(),
                revision.getMunicipality().getNameEn(),
                revision.getActivityAreas().stream().map(ReferenceItem::of).toList(),
                revision.getTargetGroups().stream().map(ReferenceItem::of).toList(),
                revision.getLogoKey(),
                revision.getDecidedAt(),
                organization.getLastVerifiedAt(),
                organization.isStale()));
    }

    private List<OrganizationCard> cards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Organization> found = em
                .createQuery(
                        "SELECT o FROM Organization o JOIN FETCH o.municipality WHERE o.id IN :ids", Organization.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "o.publishedRevision")
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        return found.values().stream()
                .sorted(Comparator.comparing(o -> order.get(o.getId())))
                .map(DirectorySearchService::card)
                .toList();
    }

    private static OrganizationCard card(Organization organization) {
        OrganizationRevision revision = organization.getPublishedRevision();
        return new OrganizationCard(
                organization.getId(),
                organization.getSlug(),
                organization.displayName(),
                organization.getFullName(),
                organization.getKind(),
                organization.getMunicipality().getCode(),
                organization.getMunicipality().getNameRu(),
                organization.getMunicipality().getNameEn(),
                excerpt(revision.getDetails().getDescription()),
                revision.getLogoKey(),
                revision.getActivityAreas().stream().map(ReferenceItem::of).toList(),
                organization.isStale());
    }

    /** The start of a long description, cut after a whole word where one ends late enough, never inside a letter. */
    static String excerpt(String description) {
        if (description == null || description.length() <= EXCERPT_LENGTH) {
            return description;
        }
        int end =
                Character.isHighSurrogate(description.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
        String cut = description.substring(0, end);
        String wholeWords = Character.isWhitespace(description.charAt(end)) ? cut : cut.replaceFirst("\\s+\\S*$", "");
        return (wholeWords.length() > EXCERPT_LENGTH / 2 ? wholeWords : cut).stripTrailing() + "…";
    }

    /** The WHERE clause of a query and its parameters, built once and bound to each of the three queries. */
    private static final class DirectoryFilter {

        private final DirectoryQuery query;
        private final String digits;
        private final String pattern;

        DirectoryFilter(DirectoryQuery query) {
            this.query = query;
            String text = query.text();
            boolean numeric = text != null && text.replaceAll("\\s", "").matches("[0-9]{4,15}");
            this.digits = numeric ? text.replaceAll("\\s", "") : null;
            this.pattern = text != null && !numeric ? "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%" : null;
        }

        String where(boolean withMunicipality) {
            StringBuilder where = new StringBuilder(" WHERE o.state = :published AND o.publishedRevision IS NOT NULL");
            if (query.kind() != null) {
                where.append(" AND o.kind = :kind");
            }
            if (withMunicipality && query.municipality() != null) {
                where.append(" AND o.municipality.code = :municipality");
            }
            if (query.activityArea() != null) {
                where.append(" AND EXISTS (SELECT r FROM OrganizationRevision r JOIN r.activityAreas a"
                        + " WHERE r = o.publishedRevision AND a.code = :area)");
            }
            if (query.targetGroup() != null) {
                where.append(" AND EXISTS (SELECT r2 FROM OrganizationRevision r2 JOIN r2.targetGroups g"
                        + " WHERE r2 = o.publishedRevision AND g.code = :group)");
            }
            if (digits != null) {
                where.append(" AND (o.inn LIKE :digits OR o.ogrn LIKE :digits)");
            }
            if (pattern != null) {
                where.append(" AND (LOWER(o.fullName) LIKE :pattern ESCAPE '!'"
                        + " OR LOWER(o.shortName) LIKE :pattern ESCAPE '!')");
            }
            return where.toString();
        }

        String orderBy() {
            return switch (query.sort()) {
                case NAME -> " ORDER BY COALESCE(o.shortName, o.fullName), o.id";
                case NEWEST -> " ORDER BY o.createdAt DESC, o.id DESC";
                case MUNICIPALITY -> " ORDER BY o.municipality.nameRu, COALESCE(o.shortName, o.fullName), o.id";
            };
        }

        <T> TypedQuery<T> bind(TypedQuery<T> typed) {
            typed.setParameter("published", PublicationState.PUBLISHED);
            if (query.kind() != null) {
                typed.setParameter("kind", query.kind());
            }
            if (query.municipality() != null && hasParameter(typed, "municipality")) {
                typed.setParameter("municipality", query.municipality());
            }
            if (query.activityArea() != null) {
                typed.setParameter("area", query.activityArea());
            }
            if (query.targetGroup() != null) {
                typed.setParameter("group", query.targetGroup());
            }
            if (digits != null) {
                typed.setParameter("digits", digits + "%");
            }
            if (pattern != null) {
                typed.setParameter("pattern", pattern);
            }
            return typed;
        }

        private static boolean hasParameter(TypedQuery<?> typed, String name) {
            return typed.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
        }

        private static String escapeLike(String text) {
            return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }
}
