package ru.nko42.portal.it.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import ru.nko42.portal.account.control.PasswordHasher;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * Makes the accounts the administration tests act on and as, reads what is stored past the service, and stages a
 * portal with a single active administrator inside a transaction that is always rolled back.
 */
@Stateless
@PermitAll
public class AccountAdminFixture {

    /** Hashing is slow on purpose; a few iterations are enough for a test account. */
    private static final PasswordHasher HASHER = new PasswordHasher(1_000);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    /** A new active account with a unique address, this name, password and roles, to act as. */
    public AsAccount account(String name, String password, AccountRole... roles) {
        String email = "users-" + UUID.randomUUID() + "@example.org";
        Account account = new Account(email, HASHER.hash(password.toCharArray()), name, "ru");
        account.setStatus(AccountStatus.ACTIVE);
        for (AccountRole role : roles) {
            account.grant(role);
        }
        em.persist(account);
        return AsAccount.of(email, roles);
    }

    public long idOf(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult()
                .getId();
    }

    @SuppressWarnings("unchecked")
    public List<String> storedRoles(String email) {
        return em.createNativeQuery("SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id"
                        + " WHERE a.email = ?1 ORDER BY r.role")
                .setParameter(1, email)
                .getResultList();
    }

    public String storedStatus(String email) {
        return (String) em.createNativeQuery("SELECT status FROM account WHERE email = ?1")
                .setParameter(1, email)
                .getSingleResult();
    }

    /**
     * Runs the work as if {@code email} were the portal's only active administrator: every other one is blocked
     * first, and the whole transaction, work included, is rolled back afterwards, so no other test sees it.
     */
    public <T> T asTheOnlyActiveAdministrator(String email, Supplier<T> work) {
        em.createNativeQuery("UPDATE account SET status = 'BLOCKED' WHERE email <> ?1 AND status = 'ACTIVE'"
                        + " AND id IN (SELECT account_id FROM account_role WHERE role = 'ADMIN')")
                .setParameter(1, email)
                .executeUpdate();
        try {
            return work.get();
        } finally {
            context.setRollbackOnly();
        }
    }
}
