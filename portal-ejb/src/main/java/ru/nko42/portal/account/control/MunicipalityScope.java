package ru.nko42.portal.account.control;

import java.util.Set;

/**
 * The municipalities whose items an account may moderate: every one (including those added later), or exactly the
 * listed ids, possibly none.
 */
public record MunicipalityScope(boolean all, Set<Long> ids) {

    public static final MunicipalityScope NONE = new MunicipalityScope(false, Set.of());
    public static final MunicipalityScope ALL = new MunicipalityScope(true, Set.of());

    public MunicipalityScope {
        ids = all ? Set.of() : Set.copyOf(ids);
    }

    public static MunicipalityScope only(Set<Long> ids) {
        return ids.isEmpty() ? NONE : new MunicipalityScope(false, ids);
    }

    public boolean includes(long municipalityId) {
        return all || ids.contains(municipalityId);
    }

    public boolean isEmpty() {
        return !all && ids.isEmpty();
    }
}
