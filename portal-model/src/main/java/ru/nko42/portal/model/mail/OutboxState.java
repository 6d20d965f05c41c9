package ru.nko42.portal.model.mail;

/** Where a mail of the outbox is on its way to the mail server. */
public enum OutboxState {
    /** Waiting for its next attempt. */
    PENDING,
    /** Taken by a sender, which holds it until its lease runs out. */
    SENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up after two days of attempts; an administrator may try it again. */
    FAILED
}
