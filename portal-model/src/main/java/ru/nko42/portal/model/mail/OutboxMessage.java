package ru.nko42.portal.model.mail;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * One plain-text mail (with at most one attached file) waiting in the outbox or already sent. A sender takes it with one conditional update
 * ({@link #CLAIM}) and holds it for a lease: {@code nextAttemptAt} is then the end of the lease, after which a mail
 * still {@code SENDING} (its sender died) is due again.
 */
@Entity
@Cacheable(false)
@Table(name = "outbox_message")
@NamedQuery(
        name = OutboxMessage.DUE,
        query = "SELECT m.id FROM OutboxMessage m WHERE m.state IN :states AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(
        name = OutboxMessage.CLAIM,
        query = "UPDATE OutboxMessage m SET m.state = :sending, m.nextAttemptAt = :leaseEnd,"
                + " m.version = m.version + 1, m.updatedAt = :now"
                + " WHERE m.id = :id AND m.state IN :states AND m.nextAttemptAt <= :now")
@NamedQuery(
        name = OutboxMessage.RETRY,
        query = "UPDATE OutboxMessage m SET m.state = :pending, m.attempts = 0, m.nextAttemptAt = :now,"
                + " m.version = m.version + 1, m.updatedAt = :now WHERE m.id = :id AND m.state = :failed")
@NamedQuery(
        name = OutboxMessage.COUNT_BY_STATE,
        query = "SELECT m.state, COUNT(m) FROM OutboxMessage m GROUP BY m.state")
@NamedQuery(name = OutboxMessage.NEWEST, query = "SELECT m FROM OutboxMessage m ORDER BY m.id DESC")
@NamedQuery(
        name = OutboxMessage.NEWEST_IN_STATE,
        query = "SELECT m FROM OutboxMessage m WHERE m.state = :state ORDER BY m.id DESC")
public class OutboxMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int RECIPIENT_LENGTH = 254;
    /** The longest line a mail header may have (RFC 5322): a subject with a 500-character name fits. */
    public static final int SUBJECT_LENGTH = 998;

    public static final int ERROR_LENGTH = 500;
    public static final int ATTACHMENT_NAME_LENGTH = 100;
    public static final int ATTACHMENT_TYPE_LENGTH = 100;

    /** The ids of the mails due at {@code :now} in {@code :states} (PENDING, and SENDING past its lease). */
    public static final String DUE = "OutboxMessage.due";
    /** Takes one due mail for a sender: 1 row updated means it is this sender's until {@code :leaseEnd}. */
    public static final String CLAIM = "OutboxMessage.claim";
    /** Puts a FAILED mail back in the queue, due at once, with a fresh count of attempts. */
    public static final String RETRY = "OutboxMessage.retry";

    public static final String COUNT_BY_STATE = "OutboxMessage.countByState";
    public static final String NEWEST = "OutboxMessage.newest";
    public static final String NEWEST_IN_STATE = "OutboxMessage.newestInState";

    @Column(name = "recipient", nullable = false, length = RECIPIENT_LENGTH)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private OutboxState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attachment_name", length = ATTACHMENT_NAME_LENGTH)
    private String attachmentName;

    @Column(name = "attachment_type", length = ATTACHMENT_TYPE_LENGTH)
    private String attachmentType;

    @Lob
    @Column(name = "attachment_content")
    private byte[] attachmentContent;

    protected OutboxMessage() {}

    /** A mail due at once. */
    public OutboxMessage(String recipient, String subject, String text, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.text = text;
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = now;
    }

    /** Attaches one file to the mail (an event's iCalendar file). */
    public void attach(String name, String contentType, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentContent = content.clone();
    }

    /** Handed to the mail server. */
    public void sent(Instant now) {
        state = OutboxState.SENT;
        attempts++;
        sentAt = now;
        nextAttemptAt = now;
        lastError = null;
    }

    /** Not handed over: due again at {@code nextAttempt}, or given up ({@code FAILED}) when that is null. */
    public void notSent(String error, Instant nextAttempt, Instant now) {
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (nextAttempt == null) {
            state = OutboxState.FAILED;
            nextAttemptAt = now;
        } else {
            state = OutboxState.PENDING;
            nextAttemptAt = nextAttempt;
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The attached file's name, or null for a mail without one. */
    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public byte[] getAttachmentContent() {
        return attachmentContent == null ? null : attachmentContent.clone();
    }
}
