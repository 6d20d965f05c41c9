package ru.nko42.portal.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Municipality;

/**
 * Accounts as administrators manage them: find them, grant and revoke roles, block and unblock, assign a moderator's
 * municipalities. Every edit names the version it started from and is refused, writing nothing, if the account
 * changed since. The portal never loses its last active administrator, and nobody blocks themself.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdminService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    /** The accounts matching the query, ordered by e-mail address. */
    public AccountsPage search(AccountQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!query.text().isEmpty()) {
            where.append(" AND (a.email LIKE :text ESCAPE '!' OR a.displayName LIKE :text ESCAPE '!')");
        }
        if (query.status() != null) {
            where.append(" AND a.status = :status");
        }
        if (query.role() != null) {
            where.append(" AND EXISTS (SELECT b FROM Account b JOIN b.roles r WHERE b = a AND r = :role)");
        }
        TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class), query);
        TypedQuery<Long> ids =
                bind(em.createQuery("SELECT a.id FROM Account a" + where + " ORDER BY a.email", Long.class), query);
        List<Long> pageIds = ids.setFirstResult(query.firstResult())
                .setMaxResults(query.pageSize())
                .getResultList();
        return new AccountsPage(rows(pageIds), count.getSingleResult(), query.page(), query.pageSize());
    }

    public Optional<AccountDetails> account(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).map(this::details);
    }

    /** The municipalities a moderator can be assigned, in Russian alphabetical order. */
    public List<MunicipalityChoice> municipalities() {
        return em.createNamedQuery(Municipality.FIND_ALL, Municipality.class).getResultList().stream()
                .map(MunicipalityChoice::of)
                .toList();
    }

    public AccountDetails grant(long accountId, long baseVersion, AccountRole role) {
        Account account = editable(accountId, baseVersion);
        Set<AccountRole> roles = copy(account.getRoles());
        roles.add(role);
        changeRoles(account, roles);
        return saved(account);
    }

    public AccountDetails revoke(long accountId, long baseVersion, AccountRole role) {
        Account account = editable(accountId, baseVersion);
        Set<AccountRole> roles = copy(account.getRoles());
        roles.remove(role);
        changeRoles(account, roles);
        return saved(account);
    }

    /**
     * Gives the account exactly the roles of the change and, if one of them is MODERATOR, its municipalities,
     * regional flag and digest choice; without MODERATOR the assignment is cleared.
     */
    public AccountDetails changeAccess(AccessChange change) {
        Account account = editable(change.accountId(), change.baseVersion());
        changeRoles(account, change.roles());
        boolean moderator = account.hasRole(AccountRole.MODERATOR);
        account.assignMunicipalities(moderator ? municipalities(change.municipalityIds()) : List.of());
        account.setRegional(moderator && change.regional());
        account.setDigest(change.digest());
        return saved(account);
    }

    /** Blocks the account: it can no longer log in, and the services refuse it at once. */
    public AccountDetails block(long accountId, long baseVersion) {
        Account account = editable(accountId, baseVersion);
        if (account.getEmail().equals(caller.get().getEmail())) {
            throw new InvalidInputException("admin.user.error.blockSelf");
        }
        if (isActiveAdministrator(account)) {
            refuseIfLastAdministrator();
        }
        account.setStatus(AccountStatus.BLOCKED);
        return saved(account);
    }

    /** Lets a blocked account log in again. */
    public AccountDetails unblock(long accountId, long baseVersion) {
        Account account = editable(accountId, baseVersion);
        if (account.getStatus() == AccountStatus.BLOCKED) {
            account.setStatus(AccountStatus.ACTIVE);
        }
        return saved(account);
    }

    private void changeRoles(Account account, Set<AccountRole> wanted) {
        if (isActiveAdministrator(account) && !wanted.contains(AccountRole.ADMIN)) {
            refuseIfLastAdministrator();
        }
        for (AccountRole role : AccountRole.values()) {
            if (wanted.contains(role)) {
                account.grant(role);
            } else {
                account.revoke(role);
            }
        }
    }

    private static boolean isActiveAdministrator(Account account) {
        return account.getStatus() == AccountStatus.ACTIVE && account.hasRole(AccountRole.ADMIN);
    }

    private void refuseIfLastAdministrator() {
        long administrators = em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", AccountRole.ADMIN)
                .setParameter("status", AccountStatus.ACTIVE)
                .getSingleResult();
        if (administrators <= 1) {
            throw new InvalidInputException("admin.user.error.lastAdmin");
        }
    }

    /**
     * The account, if it is still at the version the edit began from. The version is raised by every edit, also one
     * that changes only roles or municipalities (other tables), so a concurrent edit fails at the flush.
     */
    private Account editable(long accountId, long baseVersion) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new InvalidInputException("admin.user.error.missing");
        }
        if (account.getVersion() != baseVersion) {
            throw new AccountChangedException(accountId);
        }
        em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return account;
    }

    private AccountDetails saved(Account account) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new AccountChangedException(account.getId());
        } catch (PersistenceException e) {
            if (ExceptionChain.of(e).anyMatch(OptimisticLockException.class::isInstance)) {
                throw new AccountChangedException(account.getId());
            }
            throw e;
        }
        return details(account);
    }

    private AccountDetails details(Account account) {
        return AccountDetails.of(
                account,
                account.getMunicipalities().stream().map(Municipality::getId).collect(Collectors.toSet()));
    }

    private List<Municipality> municipalities(Set<Long> ids) {
        List<Municipality> found = new ArrayList<>();
        for (Long id : ids) {
            Municipality municipality = id == null ? null : em.find(Municipality.class, id);
            if (municipality == null) {
                throw new InvalidInputException("admin.user.error.municipality");
            }
            found.add(municipality);
        }
        return found;
    }

    private List<AccountRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Account> byId = em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        return ids.stream().map(byId::get).map(AccountRow::of).toList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> typed, AccountQuery query) {
        if (!query.text().isEmpty()) {
            typed.setParameter("text", "%" + escapeLike(query.text()) + "%");
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        return typed;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Set<AccountRole> copy(Set<AccountRole> roles) {
        Set<AccountRole> copy = EnumSet.noneOf(AccountRole.class);
        copy.addAll(roles);
        return copy;
    }
}
