package ru.nko42.portal.model.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/** An account that speaks for an organization: it edits the profile and invites others. */
@Entity
@Table(
        name = "organization_representative",
        uniqueConstraints = @UniqueConstraint(columnNames = {"organization_id", "account_id"}))
@NamedQuery(
        name = Representative.FIND_BY_ACCOUNT,
        query = "SELECT r FROM Representative r JOIN FETCH r.organization WHERE r.account = :account"
                + " ORDER BY r.organization.fullName")
@NamedQuery(
        name = Representative.FIND_BY_ORGANIZATION,
        query = "SELECT r FROM Representative r JOIN FETCH r.account WHERE r.organization = :organization"
                + " ORDER BY r.createdAt")
@NamedQuery(
        name = Representative.COUNT,
        query = "SELECT COUNT(r) FROM Representative r WHERE r.organization = :organization AND r.account = :account")
public class Representative extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ACCOUNT = "Representative.findByAccount";
    public static final String FIND_BY_ORGANIZATION = "Representative.findByOrganization";
    public static final String COUNT = "Representative.count";

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    protected Representative() {}

    public Representative(Organization organization, Account account) {
        this.organization = organization;
        this.account = account;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Account getAccount() {
        return account;
    }
}
