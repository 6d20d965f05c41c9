package ru.nko42.portal.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A single-use token mailed to an account holder as a link. Only its SHA-256 hash is stored: the database never
 * holds a usable link.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = AccountToken.FIND_BY_HASH,
        query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash AND t.purpose = :purpose")
@NamedQuery(
        name = AccountToken.USE,
        query =
                "UPDATE AccountToken t SET t.usedAt = :now WHERE t.id = :id AND t.usedAt IS NULL AND t.expiresAt > :now")
@NamedQuery(
        name = AccountToken.RETIRE_OTHERS,
        query = "UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :account AND t.purpose = :purpose"
                + " AND t.usedAt IS NULL")
public class AccountToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "AccountToken.findByHash";
    /** Marks a token used, if it is still unused and unexpired: one statement, so it can be used only once. */
    public static final String USE = "AccountToken.use";

    public static final String RETIRE_OTHERS = "AccountToken.retireOthers";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
