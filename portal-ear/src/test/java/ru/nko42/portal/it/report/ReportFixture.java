package ru.nko42.portal.it.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.Representative;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * Makes the organizations and representatives the report tests need, straight in the database, and reads what the
 * portal stored (reports, audit entries, the outbox) with plain JDBC, past the services under test.
 */
@Stateless
@PermitAll
public class ReportFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** An NGO of the municipality, published as a moderator's approval leaves it. */
    public long published(String name, String municipalityCode) {
        return organization(name, municipalityCode, true);
    }

    /** An NGO whose first profile is still a draft: not public. */
    public long draft(String name, String municipalityCode) {
        return organization(name, municipalityCode, false);
    }

    /** A new active account in the given language, made a representative of the organization; its address. */
    public String representative(long organizationId, String name, String language) {
        Account account = account(name, language);
        em.persist(new Representative(em.find(Organization.class, organizationId), account));
        return account.getEmail();
    }

    /** The reports stored about an organization, oldest first. */
    public List<StoredReport> reports(long organizationId) throws SQLException {
        List<StoredReport> reports = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, subject_type, subject_id, text, contact, sender_hash FROM citizen_report"
                                + " WHERE organization_id = ? ORDER BY id")) {
            select.setLong(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    reports.add(new StoredReport(
                            row.getLong(1),
                            row.getString(2),
                            row.getLong(3),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6)));
                }
            }
        }
        return reports;
    }

    /** Moves every report of the organization back by the given minutes, as if sent that long before. */
    public void sentMinutesEarlier(long organizationId, int minutes) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE citizen_report SET created_at = created_at - INTERVAL ? MINUTE"
                                + " WHERE organization_id = ?")) {
            update.setInt(1, minutes);
            update.setLong(2, organizationId);
            update.executeUpdate();
        }
    }

    /** The audit entries about an organization whose action starts with the prefix, oldest first. */
    public List<AuditRow> audit(long organizationId, String actionPrefix) throws SQLException {
        List<AuditRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT action, actor_email, before_value, after_value, client_address FROM audit_entry"
                                + " WHERE item_type = 'ORGANIZATION' AND item_id = ? AND action LIKE ? ORDER BY id")) {
            select.setLong(1, organizationId);
            select.setString(2, actionPrefix + "%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new AuditRow(
                            row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
                }
            }
        }
        return rows;
    }

    /** The mails written to the outbox for a recipient, oldest first. */
    public List<Mail> outbox(String recipient) throws SQLException {
        List<Mail> mails = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT subject, text FROM outbox_message WHERE recipient = ? ORDER BY id")) {
            select.setString(1, recipient);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    mails.add(new Mail(row.getString(1), row.getString(2)));
                }
            }
        }
        return mails;
    }

    private long organization(String name, String municipalityCode, boolean published) {
        Account author = account("Автор профиля", "ru");
        Municipality municipality = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", municipalityCode)
                .getSingleResult();
        OrganizationDetails details = new OrganizationDetails();
        details.setKind(OrganizationKind.NGO);
        details.setFullName("Автономная некоммерческая организация " + name);
        details.setShortName(name);
        Organization organization = new Organization(details.getKind(), details.getFullName(), municipality);
        OrganizationRevision revision = new OrganizationRevision(organization, 1, author);
        revision.edit(details, null, municipality, Set.of(), Set.of(), author);
        String slug = "report-test-" + UUID.randomUUID().toString().substring(0, 8);
        organization.listFrom(revision, slug);
        em.persist(organization);
        em.persist(revision);
        em.flush();
        if (published) {
            Instant now = Instant.now();
            revision.submitted(now);
            revision.decided(RevisionState.PUBLISHED, author, now, null);
            organization.publish(revision, slug);
            em.flush();
        }
        return organization.getId();
    }

    private Account account(String name, String language) {
        Account account =
                new Account("report-" + UUID.randomUUID() + "@example.org", "not-a-password-hash", name, language);
        account.setStatus(AccountStatus.ACTIVE);
        em.persist(account);
        return account;
    }

    /** A row of citizen_report as stored. */
    public record StoredReport(
            long id, String subjectType, long subjectId, String text, String contact, String senderHash) {}

    /** A row of audit_entry. */
    public record AuditRow(String action, String actorEmail, String before, String after, String clientAddress) {}

    /** A row of outbox_message. */
    public record Mail(String subject, String text) {}
}
