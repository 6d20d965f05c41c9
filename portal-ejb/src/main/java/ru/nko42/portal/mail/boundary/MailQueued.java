package ru.nko42.portal.mail.boundary;

/**
 * Fired when a mail is written to the outbox; observed once the transaction has committed, to send the mail
 * without waiting for the timer.
 */
public record MailQueued() {}
