package ru.nko42.portal.opendata.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.opendata.ApiToken;

/**
 * The tokens machine clients import with ({@code POST /api/hsds/import}): an ADMIN creates one with a name (the
 * token is shown once, only its SHA-256 hash is kept), lists them, and revokes them. A token imports as the ADMIN
 * who created it. Creation and revocation are audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ApiTokenService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * A new token for the caller.
     *
     * @throws InvalidInputException without a name, or with one too long
     */
    public NewApiToken create(String name) {
        String cleaned = TextCleaner.text(name);
        if (cleaned == null) {
            throw new InvalidInputException("apiTokens.error.name.required");
        }
        if (cleaned.length() > ApiToken.NAME_LENGTH) {
            throw new InvalidInputException("apiTokens.error.name.tooLong");
        }
        Account admin = caller.get();
        String token = LinkToken.newToken();
        ApiToken stored = new ApiToken(cleaned, LinkToken.hash(token), admin);
        em.persist(stored);
        em.flush();
        audit.record("apiToken.create", AuditItem.API_TOKEN, stored.getId(), null, Changes.of("name", cleaned));
        return new NewApiToken(stored.getId(), cleaned, token);
    }

    /** Every token, newest first. */
    public List<ApiTokenView> tokens() {
        return em.createNamedQuery(ApiToken.FIND_ALL, ApiToken.class).getResultList().stream()
                .map(ApiTokenService::view)
                .toList();
    }

    /** Revokes a token: it no longer imports. Revoking a revoked one changes nothing. */
    public ApiTokenView revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new NotPermittedException();
        }
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            em.flush();
            audit.record(
                    "apiToken.revoke",
                    AuditItem.API_TOKEN,
                    id,
                    Changes.of("name", token.getName(), "revoked", false),
                    Changes.of("name", token.getName(), "revoked", true));
        }
        return view(token);
    }

    private static ApiTokenView view(ApiToken token) {
        return new ApiTokenView(
                token.getId(),
                token.getName(),
                token.getAccount().getEmail(),
                token.getCreatedAt(),
                token.getLastUsedAt(),
                token.getRevokedAt());
    }
}
