package ru.nko42.portal.it.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.Representative;

/**
 * Makes the accounts the directory tests act as, and reads and changes rows past the services under test (with
 * plain JDBC where a test must see what is really stored).
 */
@Stateless
@PermitAll
public class DirectoryFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** A new active account with a unique address and these roles, to act as. */
    public AsAccount account(String name, AccountRole... roles) {
        String email = "directory-" + UUID.randomUUID() + "@example.org";
        Account account = new Account(email, "not-a-password-hash", name, "ru");
        account.setStatus(AccountStatus.ACTIVE);
        for (AccountRole role : roles) {
            account.grant(role);
        }
        em.persist(account);
        return AsAccount.of(email, roles);
    }

    public AsAccount member(String name) {
        return account(name, AccountRole.MEMBER);
    }

    /** A moderator assigned to one municipality. */
    public AsAccount moderatorOf(String name, String municipalityCode) {
        AsAccount moderator = account(name, AccountRole.MODERATOR);
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", moderator.email())
                .getSingleResult();
        account.assignMunicipalities(List.of(em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", municipalityCode)
                .getSingleResult()));
        return moderator;
    }

    public AsAccount administrator(String name) {
        return account(name, AccountRole.ADMIN);
    }

    /** Makes an account a representative directly, as if it had accepted an invitation. */
    public void addRepresentative(long organizationId, String email) {
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult();
        em.persist(new Representative(em.find(Organization.class, organizationId), account));
    }

    /** Leaves an organization without representatives, as when the only one has gone. */
    public void removeRepresentatives(long organizationId) {
        em.createNativeQuery("DELETE FROM organization_representative WHERE organization_id = ?1")
                .setParameter(1, organizationId)
                .executeUpdate();
    }

    /** Lets the running claim on a queue item expire, as half an hour later. */
    public void expireClaim(long itemId) {
        em.createNativeQuery("UPDATE moderation_item SET claimed_until = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(Instant.now().minusSeconds(1)))
                .setParameter(2, itemId)
                .executeUpdate();
    }

    /** Makes a queue item wait as if submitted {@code days} days ago. */
    public void submittedDaysAgo(long itemId, int days) {
        em.createNativeQuery("UPDATE moderation_item SET submitted_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(Instant.now().minus(Duration.ofDays(days))))
                .setParameter(2, itemId)
                .executeUpdate();
    }

    public long organizationsWithInn(String inn) throws SQLException {
        return count("SELECT COUNT(*) FROM organization WHERE inn = ?", inn);
    }

    public long organizationsNamed(String fullName) throws SQLException {
        return count("SELECT COUNT(*) FROM organization WHERE full_name = ?", fullName);
    }

    public String revisionFullName(long revisionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT full_name FROM organization_revision WHERE id = ?")) {
            select.setLong(1, revisionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /**
     * Moves the next revision ids past 127: {@link Long#valueOf} caches -128..127, so ids compared with {@code ==}
     * by mistake seem equal in a young database and differ in a real one. Outside a transaction: the DDL commits.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void revisionIdsBeyondTheBoxCache() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE organization_revision AUTO_INCREMENT = 1000");
        }
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
