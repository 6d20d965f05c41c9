package ru.nko42.portal.audit.boundary;

import java.time.Instant;
import ru.nko42.portal.model.audit.AuditEntry;

/** One audit entry as pages and exports show it. */
public record AuditRow(
        long id,
        Instant occurredAt,
        Long actorId,
        String actorEmail,
        String action,
        String itemType,
        Long itemId,
        String before,
        String after,
        String clientAddress) {

    public static AuditRow of(AuditEntry entry) {
        return new AuditRow(
                entry.getId(),
                entry.getOccurredAt(),
                entry.getActorId(),
                entry.getActorEmail(),
                entry.getAction(),
                entry.getItemType(),
                entry.getItemId(),
                entry.getBefore(),
                entry.getAfter(),
                entry.getClientAddress());
    }
}
