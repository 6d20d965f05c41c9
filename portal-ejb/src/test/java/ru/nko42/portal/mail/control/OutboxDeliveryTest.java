package ru.nko42.portal.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.mail.boundary.MailNotSentException;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.OutboxDelivery.Attempt;

/** One run of the outbox over a store in memory (the real store and a mail server are in portal-ear's OutboxIT). */
class OutboxDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String SECRET_TEXT = "Ссылка для входа: https://nko42.example/reset?token=SECRET";

    private final MemoryStore store = new MemoryStore();
    private final List<OutgoingMail> handedOver = new ArrayList<>();

    @Test
    void aDueMailIsHandedOverOnceAndRecordedSent() {
        store.add(1);

        int sent = new OutboxDelivery(store, handedOver::add).sendDue(NOW);

        assertThat(sent).isEqualTo(1);
        assertThat(handedOver).extracting(OutgoingMail::to).containsExactly("member-1@nko42.example");
        assertThat(store.sent).containsExactly(1L);
        assertThat(new OutboxDelivery(store, handedOver::add).attempt(1, NOW)).isEqualTo(Attempt.NOT_DUE);
    }

    @Test
    void anUnreachableServerStopsTheRunWithOneLineThatNamesTheMailButNotItsText() {
        store.add(1);
        store.add(2);
        List<LogRecord> lines = new ArrayList<>();

        int sent = logged(
                lines,
                () -> new OutboxDelivery(store, mail -> {
                            throw new MailNotSentException(
                                    "PORTAL MAIL SERVER UNREACHABLE at 127.0.0.1:25: Connection refused",
                                    new ConnectException("Connection refused"));
                        })
                        .sendDue(NOW));

        assertThat(sent).isZero();
        assertThat(store.failures).containsOnlyKeys(1L);
        assertThat(store.waiting).containsExactly(2L);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.getMessage())
                    .startsWith("Outbox mail 1 not sent (attempt 1, next at 2026-03-01T09:00:15Z)")
                    .contains("UNREACHABLE")
                    .doesNotContain("\n", "SECRET", "Ссылка");
            assertThat(line.getThrown()).isNull();
        });
    }

    @Test
    void aMailRefusedByTheServerDoesNotStopTheOthers() {
        store.add(1);
        store.add(2);

        int sent = new OutboxDelivery(store, mail -> {
                    if (mail.to().startsWith("member-1")) {
                        throw new MailNotSentException("Mail not sent through smtp:25: 550 no such user", null);
                    }
                    handedOver.add(mail);
                })
                .sendDue(NOW);

        assertThat(sent).isEqualTo(1);
        assertThat(store.failures).containsOnlyKeys(1L);
        assertThat(store.sent).containsExactly(2L);
    }

    private static int logged(List<LogRecord> lines, java.util.function.IntSupplier work) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                lines.add(entry);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(OutboxDelivery.class.getName());
        logger.addHandler(handler);
        try {
            return work.getAsInt();
        } finally {
            logger.removeHandler(handler);
        }
    }

    /** Mails in memory: waiting ones can be taken once; taken ones end sent or failed. */
    private static final class MemoryStore extends OutboxStore {

        final List<Long> waiting = new ArrayList<>();
        final List<Long> sent = new ArrayList<>();
        final Map<Long, String> failures = new LinkedHashMap<>();

        void add(long id) {
            waiting.add(id);
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            return List.copyOf(waiting);
        }

        @Override
        public Optional<OutgoingMail> take(long id, Instant now) {
            return waiting.remove(id)
                    ? Optional.of(new OutgoingMail("member-" + id + "@nko42.example", "Тема", SECRET_TEXT))
                    : Optional.empty();
        }

        @Override
        public void sent(long id, Instant now) {
            sent.add(id);
        }

        @Override
        public Optional<FailedAttempt> notSent(long id, String error, Instant now) {
            failures.put(id, error);
            return Optional.of(new FailedAttempt(1, BackOff.nextAttempt(1, now).orElseThrow()));
        }
    }
}
