package ru.nko42.portal.moderation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.database.boundary.DatabaseStartup;
import ru.nko42.portal.moderation.control.ModeratorDigests;
import ru.nko42.portal.moderation.control.StatsWeeks;

/**
 * Mails every active moderator who wants it (an administrator only if also a moderator) the daily digest of new
 * items in their municipalities, at 08:00 Kuzbass time whatever the server's zone. The timer is non-persistent: a
 * day the server is down at that hour is covered by the next digest, which lists everything new since the last one.
 * Each moderator's digest is a transaction of its own, so one that fails leaves the others; one run at a time. The
 * timer runs without a caller (hence {@code @PermitAll}); running it by hand is for administrators.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ModerationDigest {

    static final int HOUR = 8;
    private static final Logger LOG = Logger.getLogger(ModerationDigest.class.getName());

    @Resource
    TimerService timers;

    @Resource
    UserTransaction transaction;

    @EJB
    DatabaseStartup database;

    @Inject
    ModeratorDigests digests;

    Clock clock = Clock.systemUTC();

    private final ReentrantLock running = new ReentrantLock();

    @PostConstruct
    void start() {
        ScheduleExpression daily = new ScheduleExpression()
                .timezone(StatsWeeks.KUZBASS.getId())
                .hour(HOUR)
                .minute(0)
                .second(0);
        timers.createCalendarTimer(daily, new TimerConfig(null, false));
        LOG.info(() -> "Moderation digest is mailed daily at %02d:00 %s".formatted(HOUR, StatsWeeks.KUZBASS.getId()));
    }

    @Timeout
    void onTimer() {
        if (database.isMigrated()) {
            DigestOutcome outcome = send();
            LOG.info(() -> "Moderation digest: " + outcome.mailed() + " of " + outcome.moderators()
                    + " moderators mailed, " + outcome.failed() + " failed");
        }
    }

    /** Runs the digest now, as the timer does: moderators get only what is new since their last digest. */
    @RolesAllowed("ADMIN")
    public DigestOutcome sendNow() {
        return send();
    }

    /** When the timer runs the digest next. */
    @RolesAllowed("ADMIN")
    public Instant nextRun() {
        return timers.getTimers().stream()
                .map(timer -> timer.getNextTimeout().toInstant())
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("the digest's timer is missing"));
    }

    private DigestOutcome send() {
        running.lock();
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<Long> moderators = inTransaction(digests::recipients);
            int mailed = 0;
            int failed = 0;
            for (Long id : moderators) {
                try {
                    if (inTransaction(() -> digests.sendTo(id, now))) {
                        mailed++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.warning(() -> "Moderation digest for account " + id + " failed: "
                            + ExceptionChain.root(e).getClass().getName());
                }
            }
            return new DigestOutcome(moderators.size(), mailed, failed);
        } finally {
            running.unlock();
        }
    }

    private <T> T inTransaction(Callable<T> work) {
        try {
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            rollBack();
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.warning("Moderation digest could not roll back: " + e.getClass().getName());
        }
    }
}
