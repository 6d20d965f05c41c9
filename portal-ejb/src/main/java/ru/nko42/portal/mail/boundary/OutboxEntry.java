package ru.nko42.portal.mail.boundary;

import java.time.Instant;
import ru.nko42.portal.model.mail.OutboxMessage;
import ru.nko42.portal.model.mail.OutboxState;

/** One mail of the outbox as administrators see it: where it is, never its text. */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    static OutboxEntry of(OutboxMessage message) {
        return new OutboxEntry(
                message.getId(),
                message.getRecipient(),
                message.getSubject(),
                message.getState(),
                message.getAttempts(),
                message.getNextAttemptAt(),
                message.getLastError(),
                message.getCreatedAt(),
                message.getSentAt());
    }

    /** A mail waiting for its turn shows when that is; a sent or given-up one has no next attempt. */
    public boolean isWaiting() {
        return state == OutboxState.PENDING || state == OutboxState.SENDING;
    }

    public boolean isRetryable() {
        return state == OutboxState.FAILED;
    }
}
