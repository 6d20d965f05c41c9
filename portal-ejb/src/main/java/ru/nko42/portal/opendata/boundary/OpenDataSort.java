package ru.nko42.portal.opendata.boundary;

/**
 * The columns the open data tables sort by, with their JPQL paths: {@code o} an organization, {@code s} a social
 * service. Anything else sorts by name.
 */
public enum OpenDataSort {
    NAME("o.fullName", "s.name"),
    KIND("o.kind", null),
    INN("o.inn", null),
    OGRN("o.ogrn", null),
    MUNICIPALITY("o.municipality.nameRu", null),
    ORGANIZATION(null, "s.organization.fullName"),
    LAST_VERIFIED(null, "s.lastVerifiedAt");

    private final String organizationPath;
    private final String servicePath;

    OpenDataSort(String organizationPath, String servicePath) {
        this.organizationPath = organizationPath;
        this.servicePath = servicePath;
    }

    String organizationPath() {
        return organizationPath != null ? organizationPath : NAME.organizationPath;
    }

    String servicePath() {
        return servicePath != null ? servicePath : NAME.servicePath;
    }

    /** The sort named by a table's column key ({@code municipality}, {@code lastVerified}), else by name. */
    public static OpenDataSort byKey(String key) {
        if (key == null) {
            return NAME;
        }
        String constant = key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        for (OpenDataSort sort : values()) {
            if (sort.name().equals(constant)) {
                return sort;
            }
        }
        return NAME;
    }
}
