package ru.nko42.portal.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One action in the audit log. Written once and never changed: no setters, every column {@code updatable=false},
 * and the database refuses UPDATE and DELETE on the table (migration V7).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = AuditEntry.FIND_BY_ITEM,
        query = "SELECT e FROM AuditEntry e WHERE e.itemType = :itemType AND e.itemId = :itemId"
                + " ORDER BY e.occurredAt DESC, e.id DESC")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ITEM = "AuditEntry.findByItem";

    public static final int EMAIL_LENGTH = 254;
    public static final int ACTION_LENGTH = 80;
    public static final int ITEM_TYPE_LENGTH = 40;
    public static final int ADDRESS_LENGTH = 45;
    /** Before and after are TEXT columns; what is longer is cut (with a mark) by the writer. */
    public static final int CHANGE_LENGTH = 60_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_email", length = EMAIL_LENGTH, updatable = false)
    private String actorEmail;

    @Column(name = "action", nullable = false, length = ACTION_LENGTH, updatable = false)
    private String action;

    @Column(name = "item_type", length = ITEM_TYPE_LENGTH, updatable = false)
    private String itemType;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "before_value", updatable = false)
    private String before;

    @Column(name = "after_value", updatable = false)
    private String after;

    @Column(name = "client_address", length = ADDRESS_LENGTH, updatable = false)
    private String clientAddress;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            Long actorId,
            String actorEmail,
            String action,
            String itemType,
            Long itemId,
            String before,
            String after,
            String clientAddress) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.itemType = itemType;
        this.itemId = itemId;
        this.before = before;
        this.after = after;
        this.clientAddress = clientAddress;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** The acting account's id, or null for an anonymous visitor or the system. */
    public Long getActorId() {
        return actorId;
    }

    /** The acting account's e-mail at the time of the action. */
    public String getActorEmail() {
        return actorEmail;
    }

    public String getAction() {
        return action;
    }

    public String getItemType() {
        return itemType;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
