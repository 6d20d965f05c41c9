package ru.nko42.portal.account.boundary;

import java.util.Set;
import ru.nko42.portal.model.account.AccountRole;

/**
 * An administrator's edit of an account's access, made on the version {@code baseVersion}: the roles it should
 * hold and, for a moderator, the municipalities, whether regional, whether the daily digest is wanted.
 */
public record AccessChange(
        long accountId,
        long baseVersion,
        Set<AccountRole> roles,
        boolean regional,
        boolean digest,
        Set<Long> municipalityIds) {

    public AccessChange {
        roles = Set.copyOf(roles);
        municipalityIds = Set.copyOf(municipalityIds);
    }
}
