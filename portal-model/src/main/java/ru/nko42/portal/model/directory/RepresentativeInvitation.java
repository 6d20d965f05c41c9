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
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A representative's invitation, mailed to someone who should speak for the organization too. The link carries a
 * random token; only its hash is stored. It works once, within a week, for whoever is logged in when it is opened.
 */
@Entity
@Table(name = "representative_invitation")
@NamedQuery(
        name = RepresentativeInvitation.FIND_BY_HASH,
        query = "SELECT i FROM RepresentativeInvitation i WHERE i.tokenHash = :hash")
@NamedQuery(
        name = RepresentativeInvitation.USE,
        query = "UPDATE RepresentativeInvitation i SET i.acceptedAt = :now, i.version = i.version + 1"
                + " WHERE i.id = :id AND i.acceptedAt IS NULL")
@NamedQuery(
        name = RepresentativeInvitation.FIND_OPEN_BY_ORGANIZATION,
        query = "SELECT i FROM RepresentativeInvitation i WHERE i.organization = :organization"
                + " AND i.acceptedAt IS NULL AND i.expiresAt > :now ORDER BY i.createdAt DESC")
public class RepresentativeInvitation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "RepresentativeInvitation.findByHash";
    public static final String USE = "RepresentativeInvitation.use";
    public static final String FIND_OPEN_BY_ORGANIZATION = "RepresentativeInvitation.findOpenByOrganization";
    public static final Duration VALIDITY = Duration.ofDays(7);

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @NotBlank
    @Size(max = Account.EMAIL_LENGTH)
    @Column(name = "email", nullable = false, length = Account.EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by_id", nullable = false, updatable = false)
    private Account invitedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected RepresentativeInvitation() {}

    public RepresentativeInvitation(
            Organization organization, String email, String tokenHash, Account invitedBy, Instant now) {
        this.organization = organization;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean usableAt(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public Account getInvitedBy() {
        return invitedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
