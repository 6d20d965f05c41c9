package ru.nko42.portal.mail.boundary;

import java.util.Objects;

/**
 * One plain-text mail to one recipient, with at most one attached file (null: none). The sender is the mail session's
 * ({@code PORTAL_MAIL_FROM}). The subject is one line; the text may have several.
 */
public record OutgoingMail(String to, String subject, String text, MailAttachment attachment) {

    /** A mail without an attachment. */
    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, null);
    }

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (to.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A mail's subject is one line");
        }
    }

    /** The same mail with {@code file} attached. */
    public OutgoingMail with(MailAttachment file) {
        return new OutgoingMail(to, subject, text, file);
    }
}
