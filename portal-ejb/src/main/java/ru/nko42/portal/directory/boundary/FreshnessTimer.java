package ru.nko42.portal.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.database.boundary.DatabaseStartup;
import ru.nko42.portal.directory.control.FreshnessPolicy;

/**
 * Checks the freshness of the directory once a day, at {@value #HOUR}:00 Kuzbass time, by a non-persistent calendar
 * timer (a day missed while the server was down is caught up by the next run: the check looks at dates, not at
 * days).
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class FreshnessTimer {

    static final int HOUR = 3;
    private static final Logger LOG = Logger.getLogger(FreshnessTimer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private DatabaseStartup database;

    @EJB
    private FreshnessSweep sweep;

    @PostConstruct
    void start() {
        ScheduleExpression daily =
                new ScheduleExpression().hour(HOUR).minute(0).second(0).timezone(FreshnessPolicy.REGION.getId());
        timers.createCalendarTimer(daily, new TimerConfig(null, false));
    }

    @Timeout
    void onTimer() {
        if (!database.isMigrated()) {
            return;
        }
        try {
            FreshnessRun run = sweep.run();
            LOG.info(() -> "Freshness check: " + run.asked() + " organizations asked (" + run.mails() + " mails), "
                    + run.flaggedStale() + " flagged stale");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Freshness check failed: "
                    + ExceptionChain.root(e).getClass().getName());
            LOG.log(Level.FINE, "Freshness check failure", e);
        }
    }
}
