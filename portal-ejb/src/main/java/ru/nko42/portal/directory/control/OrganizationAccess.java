package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.Representative;

/**
 * Who may act for an organization: its representatives, and administrators. Anyone else is told the organization
 * does not exist, so a private draft's existence is not given away.
 */
@Dependent
public class OrganizationAccess {

    @Inject
    CallerAccount caller;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Account caller() {
        return caller.get();
    }

    /** The organization, if the caller represents it or administers the portal. */
    public Organization forRepresentative(long organizationId) {
        Account account = caller.get();
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null || !(represents(organization, account) || isAdministrator(account))) {
            throw new NotPermittedException();
        }
        return organization;
    }

    public boolean represents(Organization organization, Account account) {
        return em.createNamedQuery(Representative.COUNT, Long.class)
                        .setParameter("organization", organization)
                        .setParameter("account", account)
                        .getSingleResult()
                > 0;
    }

    public List<Account> representativesOf(Organization organization) {
        return em
                .createNamedQuery(Representative.FIND_BY_ORGANIZATION, Representative.class)
                .setParameter("organization", organization)
                .getResultList()
                .stream()
                .map(Representative::getAccount)
                .toList();
    }

    public static boolean isAdministrator(Account account) {
        return account.getRoles().contains(AccountRole.ADMIN);
    }
}
