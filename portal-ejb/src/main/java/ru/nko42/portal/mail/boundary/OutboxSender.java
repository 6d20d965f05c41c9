package ru.nko42.portal.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.database.boundary.DatabaseStartup;
import ru.nko42.portal.mail.control.MailFailures;
import ru.nko42.portal.mail.control.OutboxDelivery;

/**
 * Sends the outbox: every {@code portal.outbox.interval.seconds} seconds (default {@value #DEFAULT_INTERVAL}) by a
 * non-persistent timer, and at once when a transaction that wrote a mail has committed ({@link #sendSoon()}). One
 * run at a time; a call during a run makes the run go round once more.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxSender {

    static final int DEFAULT_INTERVAL = 15;
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private DatabaseStartup database;

    @EJB
    private OutboxStore store;

    @EJB
    private MailService mailService;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private OutboxDelivery delivery;

    @PostConstruct
    void start() {
        delivery = new OutboxDelivery(store, mailService::send);
        long interval = Setting.of("portal.outbox.interval.seconds")
                        .map(Long::parseLong)
                        .orElse((long) DEFAULT_INTERVAL)
                * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
        LOG.info(() -> "Mail outbox sends every " + interval / 1000 + " s and after every commit that wrote a mail");
    }

    @Timeout
    void onTimer() {
        sendDue();
    }

    /** Sends the due mails soon, in another thread. */
    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    private void sendDue() {
        again.set(true);
        while (again.get() && database.isMigrated() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                delivery.sendDue(Instant.now());
            } catch (RuntimeException e) {
                LOG.warning("Mail outbox run failed: " + MailFailures.oneLine(e));
            } finally {
                running.set(false);
            }
        }
    }
}
