package ru.nko42.portal.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Builds a plain-text message in UTF-8 from the session's sender ({@code mail.from}). */
public final class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MailComposer() {}

    public static MimeMessage compose(Session session, String to, String subject, String text)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject, UTF_8);
        message.setText(text, UTF_8);
        message.setSentDate(new Date());
        return message;
    }
}
