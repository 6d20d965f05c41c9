package ru.nko42.portal.database.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import ru.nko42.portal.database.control.Causes;
import ru.nko42.portal.database.control.SchemaMigrator;

/**
 * Migrates the schema when the portal starts. While the database cannot be reached it says so in one log line
 * (no stack trace), keeps the portal unready and tries again every {@value #RETRY_SECONDS} seconds.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    static final int RETRY_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    private volatile boolean migrated;
    private volatile boolean unreachableReported;

    @PostConstruct
    void start() {
        migrate();
    }

    @Timeout
    void retry() {
        migrate();
    }

    /** True once the schema is up to date: the portal can serve. */
    public boolean isMigrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private void migrate() {
        if (migrated) {
            return;
        }
        try {
            MigrateResult result = new SchemaMigrator(dataSource).migrate();
            migrated = true;
            LOG.info(() -> result.migrationsExecuted == 0
                    ? "Database schema is up to date"
                    : "Database schema migrated to version " + result.targetSchemaVersion + " ("
                            + result.migrationsExecuted + " migrations)");
        } catch (RuntimeException e) {
            if (!Causes.isConnectionFailure(e)) {
                LOG.log(Level.SEVERE, "Database schema migration failed", e);
                throw e;
            }
            if (!unreachableReported) {
                LOG.severe("PORTAL DATABASE UNREACHABLE: " + Causes.oneLine(e)
                        + ". Set PORTAL_DB_URL, PORTAL_DB_USER and PORTAL_DB_PASSWORD; retrying every "
                        + RETRY_SECONDS + " s.");
                unreachableReported = true;
            }
            timers.createSingleActionTimer(RETRY_SECONDS * 1000L, new TimerConfig(null, false));
        }
    }
}
