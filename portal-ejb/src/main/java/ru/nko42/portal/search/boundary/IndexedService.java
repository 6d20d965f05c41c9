package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A published service as the search index knows it: its texts, the codes it is filtered and counted by, and where
 * it is given. Built by the listings feature from its entities; nothing here refers to JPA.
 *
 * @param id the service's id; putting a service with the same id again replaces it
 * @param name the service's name, matched first (weighted ×3) and offered by the autocomplete
 * @param description what the service is, matched with weight ×1 and shown as a highlighted snippet
 * @param organizationName the name of the organization that gives it, matched with weight ×2
 * @param keywords any other text a citizen may search by (how to apply, eligibility, the names of its types and
 *     categories, addresses), matched with weight ×1 and never shown
 * @param municipalities the codes of the municipalities it serves
 * @param types the codes of its 442-ФЗ types of social services
 * @param forms the codes of its 442-ФЗ forms of social service
 * @param categories the codes of its recipient categories
 * @param languages the codes of the languages it is given in
 * @param free whether it costs nothing
 * @param wheelchairAccessible whether a wheelchair user can get it (every place, or it comes to the home)
 * @param locations where it is given; a search near a point counts the nearest of them
 */
public record IndexedService(
        long id,
        String name,
        String description,
        String organizationName,
        String keywords,
        Set<String> municipalities,
        Set<String> types,
        Set<String> forms,
        Set<String> categories,
        Set<String> languages,
        boolean free,
        boolean wheelchairAccessible,
        List<GeoPoint> locations)
        implements Serializable {

    public IndexedService {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a service has a name");
        }
        name = name.strip();
        description = Objects.requireNonNullElse(description, "");
        organizationName = Objects.requireNonNullElse(organizationName, "");
        keywords = Objects.requireNonNullElse(keywords, "");
        municipalities = codes(municipalities);
        types = codes(types);
        forms = codes(forms);
        categories = codes(categories);
        languages = codes(languages);
        locations = locations == null
                ? List.of()
                : locations.stream().filter(Objects::nonNull).toList();
    }

    /** The codes of a dimension: {@link #municipalities()}, {@link #types()}, ..., or yes/no for the flags. */
    public Set<String> values(FacetDimension dimension) {
        return switch (dimension) {
            case MUNICIPALITY -> municipalities;
            case TYPE -> types;
            case FORM -> forms;
            case CATEGORY -> categories;
            case LANGUAGE -> languages;
            case FREE -> Set.of(FacetDimension.yesNo(free));
            case ACCESSIBLE -> Set.of(FacetDimension.yesNo(wheelchairAccessible));
        };
    }

    private static Set<String> codes(Collection<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
    }
}
