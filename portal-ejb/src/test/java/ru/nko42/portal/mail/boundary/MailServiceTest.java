package ru.nko42.portal.mail.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Sending to a mail server that is not there, outside the container (GreenMail covers the rest in portal-ear). */
class MailServiceTest {

    @Test
    void anUnreachableServerIsOneWarningLineAndMailNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(closedPort));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.from", "noreply@nko42.example");
        properties.setProperty("mail.smtp.user", "");
        MailService service = new MailService(Session.getInstance(properties));

        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                records.add(entry);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger(MailService.class.getName());
        logger.addHandler(handler);
        try {
            assertThatThrownBy(() -> service.send(new OutgoingMail("member@nko42.example", "Тема", "Текст")))
                    .isInstanceOf(MailNotSentException.class)
                    .hasMessageContaining("127.0.0.1:" + closedPort);
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(records).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.WARNING);
            assertThat(entry.getThrown()).isNull();
            assertThat(entry.getMessage())
                    .startsWith("PORTAL MAIL SERVER UNREACHABLE at 127.0.0.1:" + closedPort)
                    .contains("PORTAL_SMTP_HOST")
                    .doesNotContain("\n");
        });
    }

    @Test
    void aMailNeedsARecipientAndASubjectOfOneLine() {
        assertThatThrownBy(() -> new OutgoingMail(" ", "Тема", "Текст")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("a@nko42.example", "Тема\r\nBcc: x@example.org", "Текст"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("a@nko42.example", "Тема", null))
                .isInstanceOf(NullPointerException.class);
    }
}
