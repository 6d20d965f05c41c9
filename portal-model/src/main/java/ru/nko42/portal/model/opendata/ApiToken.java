package ru.nko42.portal.model.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A bearer token of the import API: it stands for the administrator who created it, until it is revoked. Only the
 * SHA-256 hash of the token is stored; the token itself is shown once, when it is created.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
        name = ApiToken.FIND_BY_HASH,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.FIND_ALL, query = "SELECT t FROM ApiToken t JOIN FETCH t.account ORDER BY t.id DESC")
public class ApiToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String FIND_ALL = "ApiToken.findAll";
    public static final int NAME_LENGTH = 100;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    public ApiToken(String name, String tokenHash, Account account) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.account = account;
    }

    public void used(Instant at) {
        this.lastUsedAt = at;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getName() {
        return name;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
