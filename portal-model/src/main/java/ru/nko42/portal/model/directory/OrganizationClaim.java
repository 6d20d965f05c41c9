package ru.nko42.portal.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * "This organization is ours": someone registering an ИНН or ОГРН the directory knows already asks to become one of
 * its representatives. The representatives decide, or a moderator when it has none.
 */
@Entity
@Table(name = "organization_claim")
@NamedQuery(
        name = OrganizationClaim.FIND_PENDING_BY_ORGANIZATION,
        query = "SELECT c FROM OrganizationClaim c JOIN FETCH c.claimant WHERE c.organization = :organization"
                + " AND c.state = ru.nko42.portal.model.directory.ClaimState.PENDING ORDER BY c.createdAt")
@NamedQuery(
        name = OrganizationClaim.FIND_BY_CLAIMANT,
        query = "SELECT c FROM OrganizationClaim c JOIN FETCH c.organization WHERE c.claimant = :claimant"
                + " ORDER BY c.createdAt DESC")
@NamedQuery(
        name = OrganizationClaim.COUNT_PENDING_OF,
        query = "SELECT COUNT(c) FROM OrganizationClaim c WHERE c.organization = :organization"
                + " AND c.claimant = :claimant AND c.state = ru.nko42.portal.model.directory.ClaimState.PENDING")
public class OrganizationClaim extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_PENDING_BY_ORGANIZATION = "OrganizationClaim.findPendingByOrganization";
    public static final String FIND_BY_CLAIMANT = "OrganizationClaim.findByClaimant";
    public static final String COUNT_PENDING_OF = "OrganizationClaim.countPendingOf";
    public static final int MESSAGE_LENGTH = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claimant_id", nullable = false, updatable = false)
    private Account claimant;

    @Size(max = MESSAGE_LENGTH)
    @Column(name = "message", length = MESSAGE_LENGTH)
    private String message;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ClaimState state = ClaimState.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = MESSAGE_LENGTH)
    @Column(name = "decision_reason", length = MESSAGE_LENGTH)
    private String decisionReason;

    protected OrganizationClaim() {}

    public OrganizationClaim(Organization organization, Account claimant, String message) {
        this.organization = organization;
        this.claimant = claimant;
        this.message = message;
    }

    public void decided(ClaimState outcome, Account by, Instant at, String reason) {
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Account getClaimant() {
        return claimant;
    }

    public String getMessage() {
        return message;
    }

    public ClaimState getState() {
        return state;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
