package ru.nko42.portal.mail.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Sending to a mail server that is not there, outside the container (GreenMail covers the rest in portal-ear). */
class MailServiceTest {

    @Test
    void anUnreachableServerIsMailNotSentSayingWhatToSetInOneLine() throws IOException {
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

        assertThatThrownBy(() -> service.send(new OutgoingMail("member@nko42.example", "Тема", "Текст")))
                .isInstanceOf(MailNotSentException.class)
                .satisfies(thrown -> assertThat(thrown.getMessage())
                        .startsWith("PORTAL MAIL SERVER UNREACHABLE at 127.0.0.1:" + closedPort)
                        .contains("PORTAL_SMTP_HOST")
                        .doesNotContain("\n", "Текст"));
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
