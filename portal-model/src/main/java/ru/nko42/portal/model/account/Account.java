package ru.nko42.portal.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import ru.nko42.portal.model.common.BaseEntity;

/** A person who logs in: an e-mail address, a password hash, a name, roles. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "Account.findByEmail";

    public static final int EMAIL_LENGTH = 254;
    public static final int NAME_LENGTH = 200;
    public static final int PASSWORD_HASH_LENGTH = 255;

    @NotBlank
    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", nullable = false, unique = true, length = EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Size(max = PASSWORD_HASH_LENGTH)
    @Column(name = "password_hash", nullable = false, length = PASSWORD_HASH_LENGTH)
    private String passwordHash;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AccountStatus status = AccountStatus.PENDING;

    @Size(max = 10)
    @Column(name = "language", nullable = false, length = 10)
    private String language = "ru";

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);

    protected Account() {}

    public Account(String email, String passwordHash, String displayName, String language) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void loggedIn(Instant when) {
        this.lastLoginAt = when;
    }

    public Set<AccountRole> getRoles() {
        return Set.copyOf(roles);
    }

    public void grant(AccountRole role) {
        roles.add(role);
    }

    public void revoke(AccountRole role) {
        roles.remove(role);
    }
}
