package ru.nko42.portal.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * The link of a reminder mailed to one representative: opened without logging in, it confirms the organization's
 * data in one click. Only the SHA-256 hash of its random token is stored; it works once, for {@link #VALIDITY}.
 */
@Entity
@Table(name = "verification_token")
@NamedQuery(
        name = VerificationToken.FIND_BY_HASH,
        query = "SELECT t FROM VerificationToken t JOIN FETCH t.organization JOIN FETCH t.representative"
                + " WHERE t.tokenHash = :hash")
@NamedQuery(
        name = VerificationToken.USE,
        query = "UPDATE VerificationToken t SET t.usedAt = :now, t.version = t.version + 1"
                + " WHERE t.id = :id AND t.usedAt IS NULL AND t.expiresAt > :now")
public class VerificationToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "VerificationToken.findByHash";
    /** Marks a token used if it is still unused and unexpired: one statement, so it confirms only once. */
    public static final String USE = "VerificationToken.use";

    public static final Duration VALIDITY = Duration.ofDays(60);

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    /** The representative it was mailed to: who confirms by it. */
    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account representative;

    @NotBlank
    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected VerificationToken() {}

    public VerificationToken(Organization organization, Account representative, String tokenHash, Instant now) {
        this.organization = organization;
        this.representative = representative;
        this.tokenHash = tokenHash;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public Organization getOrganization() {
        return organization;
    }

    public Account getRepresentative() {
        return representative;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
