package ru.nko42.portal.opendata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.opendata.ApiToken;
import ru.nko42.portal.opendata.boundary.InvalidApiTokenException;

/** Checks a bearer token of the import API and notes its use. */
@Dependent
public class ApiTokens {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * The ADMIN the token stands for.
     *
     * @throws InvalidApiTokenException for a malformed, unknown or revoked token, or one whose account is no longer
     *     an active ADMIN
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Account adminOf(String token) {
        if (!LinkToken.looksValid(token)) {
            throw new InvalidApiTokenException();
        }
        ApiToken stored = em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", LinkToken.hash(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(InvalidApiTokenException::new);
        Account admin = stored.getAccount();
        if (stored.isRevoked()
                || admin.getStatus() != AccountStatus.ACTIVE
                || !admin.getRoles().contains(AccountRole.ADMIN)) {
            throw new InvalidApiTokenException();
        }
        stored.used(clock.instant());
        return admin;
    }
}
