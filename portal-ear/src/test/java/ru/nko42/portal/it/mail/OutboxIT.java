package ru.nko42.portal.it.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.mail.boundary.MailService;
import ru.nko42.portal.mail.boundary.OutboxService;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.OutboxDelivery;
import ru.nko42.portal.mail.control.OutboxDelivery.Attempt;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.mail.OutboxMessage;
import ru.nko42.portal.model.mail.OutboxState;

/**
 * The outbox against MariaDB and mail servers: the build's GreenMail for mails sent right after their commit, and a
 * GreenMail of this test's own, inside the container, that it stops and starts. The outage runs on a clock a year
 * ahead, with mails due only then, so the portal's own senders (on the real clock) leave them alone.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(5);
    private static final String SUBJECT = "Профиль организации опубликован";
    private static final String TEXT = "Здравствуйте!\n\nПрофиль опубликован.\n\nРесурсный центр НКО Кузбасса";

    @Deployment
    static WebArchive deployment() throws URISyntaxException {
        return AsAccount.enableIn(Deployments.persistenceWar("outbox-it")
                .addPackages(true, "ru.nko42.portal.mail", "ru.nko42.portal.common")
                .addClasses(OutboxFixture.class, Inbox.class, Inbox.ReceivedMail.class)
                .addAsLibraries(jarOf(GreenMail.class))
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml"));
    }

    @EJB
    OutboxStore store;

    @EJB
    OutboxService service;

    @EJB
    OutboxFixture fixture;

    private int port;
    private GreenMail server;
    private Instant clock;

    @BeforeEach
    void aPortNobodyListensOnYet() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        clock = Instant.now().plus(Duration.ofDays(365)).truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void stopTheServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aMailServerDownForAnHourLosesNoMailAndSendsNoneTwice() throws Exception {
        startServer();
        stopServer();
        List<String> recipients = IntStream.range(0, 3)
                .mapToObj(i -> "member-" + i + "-" + UUID.randomUUID() + "@nko42.example")
                .toList();
        List<Long> ids = recipients.stream()
                .map(to -> fixture.writeDueAt(new OutgoingMail(to, SUBJECT, TEXT), clock))
                .toList();
        OutboxDelivery delivery = new OutboxDelivery(store, new MailService(sessionFor(port))::send);
        Instant back = clock.plus(Duration.ofHours(1));

        while (clock.isBefore(back)) {
            for (long id : ids) {
                assertThat(delivery.attempt(id, clock)).isIn(Attempt.SERVER_UNREACHABLE, Attempt.NOT_DUE);
            }
            clock = clock.plus(Duration.ofSeconds(30));
        }
        for (long id : ids) {
            OutboxMessage waiting = fixture.find(id);
            assertThat(waiting.getState()).isEqualTo(OutboxState.PENDING);
            assertThat(waiting.getAttempts()).isBetween(8, 15);
            assertThat(waiting.getLastError()).contains("UNREACHABLE", "127.0.0.1:" + port);
        }

        startServer();
        Instant deadline = clock.plus(Duration.ofMinutes(15));
        while (clock.isBefore(deadline)) {
            for (long id : ids) {
                assertThat(delivery.attempt(id, clock)).isIn(Attempt.SENT, Attempt.NOT_DUE);
            }
            clock = clock.plus(Duration.ofSeconds(30));
        }

        assertThat(server.waitForIncomingEmail(MAIL_WAIT.toMillis(), ids.size()))
                .isTrue();
        assertThat(Arrays.stream(server.getReceivedMessages()).map(OutboxIT::recipient))
                .containsExactlyInAnyOrderElementsOf(recipients);
        for (long id : ids) {
            OutboxMessage sent = fixture.find(id);
            assertThat(sent.getState()).isEqualTo(OutboxState.SENT);
            assertThat(sent.getAttempts()).isGreaterThan(1);
            assertThat(sent.getSentAt()).isAfter(back);
            assertThat(sent.getLastError()).isNull();
        }
    }

    @Test
    void aMailTakenByASenderThatDiedIsSentOnceItsLeaseRunsOut() throws Exception {
        startServer();
        String to = "member-" + UUID.randomUUID() + "@nko42.example";
        long id = fixture.writeDueAt(new OutgoingMail(to, SUBJECT, TEXT), clock);
        OutboxDelivery delivery = new OutboxDelivery(store, new MailService(sessionFor(port))::send);

        assertThat(store.take(id, clock)).isPresent();
        assertThat(delivery.attempt(id, clock.plus(Duration.ofMinutes(1)))).isEqualTo(Attempt.NOT_DUE);
        assertThat(delivery.attempt(id, clock.plus(Duration.ofMinutes(6)))).isEqualTo(Attempt.SENT);
        assertThat(delivery.attempt(id, clock.plus(Duration.ofMinutes(20)))).isEqualTo(Attempt.NOT_DUE);

        assertThat(server.waitForIncomingEmail(MAIL_WAIT.toMillis(), 1)).isTrue();
        assertThat(server.getReceivedMessages())
                .singleElement()
                .extracting(OutboxIT::recipient)
                .isEqualTo(to);
        assertThat(fixture.find(id).getState()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void aMailWrittenInACommittedTransactionLeavesWithinSecondsAndOnce() throws Exception {
        String to = "member-" + UUID.randomUUID() + "@nko42.example";

        fixture.queue(new OutgoingMail(to, SUBJECT, TEXT));

        Inbox.ReceivedMail received = Inbox.awaitFirst(to, MAIL_WAIT);
        assertThat(received.subject()).isEqualTo(SUBJECT);
        assertThat(received.content()).asString().isEqualToNormalizingNewlines(TEXT);
        awaitState(to, OutboxState.SENT);
        assertThat(fixture.to(to)).singleElement().satisfies(sent -> {
            assertThat(sent.getAttempts()).isEqualTo(1);
            assertThat(sent.getSentAt()).isNotNull();
        });
    }

    @Test
    void aMailAskedForInATransactionThatFailsIsNeitherKeptNorSent() {
        String to = "member-" + UUID.randomUUID() + "@nko42.example";

        assertThatThrownBy(() -> fixture.queueAndFail(new OutgoingMail(to, SUBJECT, TEXT)))
                .isInstanceOf(EJBException.class);

        assertThat(fixture.to(to)).isEmpty();
    }

    @Test
    void anAdministratorSeesTheOutboxAndRetriesAGivenUpMail() throws Exception {
        String to = "member-" + UUID.randomUUID() + "@nko42.example";
        long id = fixture.writeFailed(new OutgoingMail(to, SUBJECT, TEXT));
        AsAccount admin = AsAccount.of("admin-" + UUID.randomUUID() + "@nko42.example", AccountRole.ADMIN);

        assertThat(admin.call(service::counts).get(OutboxState.FAILED)).isPositive();
        assertThat(admin.call(() -> service.page(OutboxState.FAILED, 0)))
                .first()
                .satisfies(newest -> {
                    assertThat(newest.id()).isEqualTo(id);
                    assertThat(newest.recipient()).isEqualTo(to);
                    assertThat(newest.isRetryable()).isTrue();
                    assertThat(newest.lastError()).contains("550");
                });
        assertThat(admin.call(() -> service.retry(id))).isTrue();
        assertThat(admin.call(() -> service.retry(id))).isFalse();

        assertThat(Inbox.awaitFirst(to, MAIL_WAIT).subject()).isEqualTo(SUBJECT);
        awaitState(to, OutboxState.SENT);
        assertThat(fixture.find(id).getAttempts()).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorSeesTheOutbox() {
        AsAccount member = AsAccount.of("member-" + UUID.randomUUID() + "@nko42.example", AccountRole.MEMBER);

        assertThatThrownBy(() -> member.call(service::counts)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> member.call(() -> service.retry(1))).isInstanceOf(EJBAccessException.class);
    }

    private void startServer() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private void stopServer() {
        server.stop();
        server = null;
    }

    private void awaitState(String to, OutboxState state) throws InterruptedException {
        Instant deadline = Instant.now().plus(MAIL_WAIT);
        while (!fixture.to(to).stream().allMatch(m -> m.getState() == state)) {
            assertThat(Instant.now()).as("outbox row of " + to + " " + state).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static Session sessionFor(int port) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.from", "noreply@nko42.example");
        return Session.getInstance(properties);
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
