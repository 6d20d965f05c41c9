package ru.nko42.portal.model.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import ru.nko42.portal.model.common.BaseEntity;
import ru.nko42.portal.model.directory.Municipality;

/**
 * A person who logs in: an e-mail address, a password hash, a name, roles; for a moderator, the municipalities
 * moderated (or all of them, for a regional moderator) and whether the daily digest is wanted.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.RECORD_LOGIN, query = "UPDATE Account a SET a.lastLoginAt = :at WHERE a.id = :id")
@NamedQuery(
        name = Account.MUNICIPALITY_IDS,
        query = "SELECT m.id FROM Account a JOIN a.municipalities m WHERE a.id = :id")
@NamedQuery(
        name = Account.DIGEST_RECIPIENTS,
        query = "SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role AND a.status = :status AND a.digest = TRUE"
                + " ORDER BY a.id")
@NamedQuery(name = Account.RECORD_DIGEST, query = "UPDATE Account a SET a.lastDigestAt = :at WHERE a.id = :id")
@NamedQuery(
        name = Account.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(DISTINCT a) FROM Account a JOIN a.roles r WHERE r = :role AND a.status = :status")
public class Account extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    /**
     * Records a login without counting it as a change of the account: an administrator editing the account while
     * its holder logs in must not be told someone else changed it.
     */
    public static final String RECORD_LOGIN = "Account.recordLogin";
    /** The ids of the municipalities assigned to the account {@code :id}. */
    public static final String MUNICIPALITY_IDS = "Account.municipalityIds";
    /** The ids of the accounts of {@code :status} holding {@code :role} that want the daily digest. */
    public static final String DIGEST_RECIPIENTS = "Account.digestRecipients";
    /** Records when the account got its digest; like a login, not a change an administrator must be told of. */
    public static final String RECORD_DIGEST = "Account.recordDigest";
    /** How many accounts of {@code :status} hold {@code :role}. */
    public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countWithRole";

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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "account_municipality",
            joinColumns = @JoinColumn(name = "account_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    private Set<Municipality> municipalities = new HashSet<>();

    /** A regional moderator moderates every municipality, present and future, whatever is assigned. */
    @Column(name = "regional_moderator", nullable = false)
    private boolean regional;

    @Column(name = "digest", nullable = false)
    private boolean digest = true;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

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

    public Set<AccountRole> getRoles() {
        return Set.copyOf(roles);
    }

    public void grant(AccountRole role) {
        roles.add(role);
    }

    public void revoke(AccountRole role) {
        roles.remove(role);
    }

    public boolean hasRole(AccountRole role) {
        return roles.contains(role);
    }

    public Set<Municipality> getMunicipalities() {
        return Set.copyOf(municipalities);
    }

    /** Makes these, and only these, the municipalities the account moderates. */
    public void assignMunicipalities(Collection<Municipality> assigned) {
        municipalities.retainAll(assigned);
        municipalities.addAll(assigned);
    }

    public boolean isRegional() {
        return regional;
    }

    public void setRegional(boolean regional) {
        this.regional = regional;
    }

    /** Whether a moderator gets the daily digest of new items in their municipalities. */
    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    /** When the account last got the daily digest; null before the first. */
    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    /**
     * Whether the account may decide items of the municipality: an active administrator or regional moderator may
     * for every one, an active moderator for the assigned ones, nobody else for any.
     */
    public boolean moderates(Municipality municipality) {
        if (status != AccountStatus.ACTIVE) {
            return false;
        }
        if (roles.contains(AccountRole.ADMIN)) {
            return true;
        }
        return roles.contains(AccountRole.MODERATOR) && (regional || municipalities.contains(municipality));
    }
}
