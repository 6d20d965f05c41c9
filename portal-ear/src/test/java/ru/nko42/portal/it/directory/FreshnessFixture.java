package ru.nko42.portal.it.directory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Moves an organization's freshness back in time, which the services never do (their clocks are the real one): as if
 * it was verified, or its representatives were asked, long ago. Reads what is stored with plain JDBC.
 */
@Stateless
@PermitAll
public class FreshnessFixture {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** What is stored about an organization's freshness. */
    public record Stored(Instant lastVerifiedAt, Instant verificationRequestedAt, Instant staleSince) {}

    public void verifiedAt(long organizationId, Instant at) throws SQLException {
        update("UPDATE organization SET last_verified_at = ? WHERE id = ?", at, organizationId);
    }

    public void askedAt(long organizationId, Instant at) throws SQLException {
        update("UPDATE organization SET verification_requested_at = ? WHERE id = ?", at, organizationId);
    }

    /** Lets the organization's mailed links run out. */
    public void linksExpiredAt(long organizationId, Instant at) throws SQLException {
        update("UPDATE verification_token SET expires_at = ? WHERE organization_id = ?", at, organizationId);
    }

    public Stored stored(long organizationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT last_verified_at, verification_requested_at, stale_since FROM organization WHERE id = ?")) {
            select.setLong(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Stored(instant(row, 1), instant(row, 2), instant(row, 3));
            }
        }
    }

    /** What is stored of the links mailed about the organization. */
    public List<String> storedTokens(long organizationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT token_hash FROM verification_token WHERE organization_id = ? ORDER BY id")) {
            select.setLong(1, organizationId);
            try (ResultSet row = select.executeQuery()) {
                List<String> stored = new ArrayList<>();
                while (row.next()) {
                    stored.add(row.getString(1));
                }
                return stored;
            }
        }
    }

    private void update(String sql, Instant at, long organizationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, at == null ? null : Timestamp.from(at));
            update.setLong(2, organizationId);
            update.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
