package ru.nko42.portal.mail.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The mail was not handed to the mail server. It does not roll back the caller's transaction: what the caller saved
 * stays saved, and the caller decides whether to tell the user or to try again later.
 */
@ApplicationException(rollback = false)
public class MailNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
