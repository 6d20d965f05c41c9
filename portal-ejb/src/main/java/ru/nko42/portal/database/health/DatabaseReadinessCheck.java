package ru.nko42.portal.database.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers now and holds the migrated schema. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "portal-database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.executeQuery("SELECT 1 FROM flyway_schema_history WHERE success LIMIT 1");
            return HealthCheckResponse.up(NAME);
        } catch (SQLException e) {
            var down = HealthCheckResponse.named(NAME).down();
            if (e.getSQLState() != null) {
                down.withData("sqlState", e.getSQLState());
            }
            return down.build();
        }
    }
}
