package ru.nko42.portal.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * Which municipalities the calling account may moderate: an administrator and a regional moderator all of them, a
 * moderator the assigned ones, anyone else none. The moderation services filter and refuse by it.
 */
@Dependent
public class ModeratorScope {

    @Inject
    CallerAccount caller;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The caller's scope; a caller without an active account is refused. */
    public MunicipalityScope ofCaller() {
        return of(caller.get());
    }

    /** The scope of any account: what the daily digest of a moderator covers. */
    public MunicipalityScope of(Account account) {
        return of(account.getStatus(), account.getRoles(), account.isRegional(), () -> assignedIds(account));
    }

    /**
     * The rule itself: the assigned ids are read only when they matter (an active, non-regional moderator who is
     * not an administrator).
     */
    public static MunicipalityScope of(
            AccountStatus status, Set<AccountRole> roles, boolean regional, Supplier<Set<Long>> assigned) {
        if (status != AccountStatus.ACTIVE) {
            return MunicipalityScope.NONE;
        }
        if (roles.contains(AccountRole.ADMIN)) {
            return MunicipalityScope.ALL;
        }
        if (!roles.contains(AccountRole.MODERATOR)) {
            return MunicipalityScope.NONE;
        }
        return regional ? MunicipalityScope.ALL : MunicipalityScope.only(assigned.get());
    }

    private Set<Long> assignedIds(Account account) {
        return new HashSet<>(em.createNamedQuery(Account.MUNICIPALITY_IDS, Long.class)
                .setParameter("id", account.getId())
                .getResultList());
    }
}
