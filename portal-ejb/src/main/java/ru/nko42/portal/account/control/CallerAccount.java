package ru.nko42.portal.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * The account of whoever calls the service: the caller principal is the account's e-mail (set at login by the
 * identity store). A call without an active account behind it is refused.
 */
@Dependent
public class CallerAccount {

    @Inject
    Principal caller;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Account get() {
        String email = caller == null ? null : caller.getName();
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .findFirst()
                .orElseThrow(NotPermittedException::new);
    }

    public boolean isAdministrator() {
        return get().getRoles().contains(AccountRole.ADMIN);
    }
}
