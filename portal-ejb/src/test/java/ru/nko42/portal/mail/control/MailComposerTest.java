package ru.nko42.portal.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private static final String SUBJECT = "Подтвердите адрес электронной почты";
    private static final String TEXT = "Здравствуйте!\nВы зарегистрировались на портале «НКО Кузбасса».";

    @Test
    void aRussianMailIsPlainTextInUtf8FromTheSessionsSender() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.from", "noreply@nko42.example");

        MimeMessage message =
                MailComposer.compose(Session.getInstance(properties), "член@nko42.example", SUBJECT, TEXT);
        message.saveChanges();

        assertThat(message.getFrom()).containsExactly(new InternetAddress("noreply@nko42.example"));
        assertThat(message.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("член@nko42.example"));
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getContent()).isEqualTo(TEXT);
        assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        assertThat(wire.toString(StandardCharsets.US_ASCII)).contains("Subject: =?UTF-8?");
    }

    @Test
    void aRefusedConnectionIsUnreachableAndSaidInOneLine() {
        var refused = new jakarta.mail.MessagingException(
                "Couldn't connect to host, port: localhost, 25; timeout -1",
                new ConnectException("Connection refused"));

        assertThat(MailFailures.isUnreachable(refused)).isTrue();
        assertThat(MailFailures.oneLine(refused))
                .isEqualTo("Couldn't connect to host, port: localhost, 25; timeout -1: Connection refused");
        assertThat(MailFailures.isUnreachable(new jakarta.mail.MessagingException("550 No such user")))
                .isFalse();
    }
}
