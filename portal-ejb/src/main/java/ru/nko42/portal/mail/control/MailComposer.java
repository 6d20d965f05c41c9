package ru.nko42.portal.mail.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import ru.nko42.portal.mail.boundary.MailAttachment;
import ru.nko42.portal.mail.boundary.OutgoingMail;

/**
 * Builds a plain-text message in UTF-8 from the session's sender ({@code mail.from}); a mail with an attachment
 * becomes multipart/mixed: the text, then the file.
 */
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

    public static MimeMessage compose(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = compose(session, mail.to(), mail.subject(), mail.text());
        MailAttachment file = mail.attachment();
        if (file == null) {
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8);
        MimeBodyPart attached = new MimeBodyPart();
        attached.setDataHandler(
                new jakarta.activation.DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
        attached.setFileName(file.name());
        attached.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        parts.addBodyPart(attached);
        message.setContent(parts);
        message.saveChanges();
        return message;
    }
}
