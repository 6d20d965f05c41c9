package ru.nko42.portal.model.events;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A visitor registered for an event: who (name, organization, e-mail, phone, language of the mails), when, and
 * whether they hold a place or wait for one. The cancel link's token is stored only as its hash. While active the
 * registration keeps its e-mail in {@code active_email}, unique per event; cancelling clears it.
 */
@Entity
@Cacheable(false)
@Table(name = "event_registration")
@NamedQuery(
        name = EventRegistration.FIND_ACTIVE_BY_EMAIL,
        query = "SELECT r FROM EventRegistration r WHERE r.eventId = :event AND r.activeEmail = :email")
@NamedQuery(
        name = EventRegistration.FIND_BY_TOKEN_HASH,
        query = "SELECT r FROM EventRegistration r WHERE r.cancelTokenHash = :hash")
@NamedQuery(
        name = EventRegistration.QUEUE,
        query = "SELECT r FROM EventRegistration r WHERE r.eventId = :event AND r.status = :status"
                + " ORDER BY r.registeredAt, r.id")
@NamedQuery(
        name = EventRegistration.FIND_BY_EVENT,
        query = "SELECT r FROM EventRegistration r WHERE r.eventId = :event ORDER BY r.registeredAt, r.id")
public class EventRegistration extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ACTIVE_BY_EMAIL = "EventRegistration.findActiveByEmail";
    public static final String FIND_BY_TOKEN_HASH = "EventRegistration.findByTokenHash";
    /** The registrations of an event in one status, first come first. */
    public static final String QUEUE = "EventRegistration.queue";

    public static final String FIND_BY_EVENT = "EventRegistration.findByEvent";

    public static final int NAME_LENGTH = 200;
    public static final int ORGANIZATION_LENGTH = 300;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "full_name", nullable = false, length = NAME_LENGTH)
    private String fullName;

    @Column(name = "organization", length = ORGANIZATION_LENGTH)
    private String organization;

    @Column(name = "email", nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "active_email", length = EMAIL_LENGTH)
    private String activeEmail;

    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "cancel_token_hash", nullable = false, length = 64)
    private String cancelTokenHash;

    protected EventRegistration() {}

    public EventRegistration(
            long eventId,
            String fullName,
            String organization,
            String email,
            String phone,
            String language,
            String cancelTokenHash,
            Instant now) {
        this.eventId = eventId;
        this.fullName = fullName;
        this.organization = organization;
        this.email = email;
        this.activeEmail = email;
        this.phone = phone;
        this.language = language;
        this.cancelTokenHash = cancelTokenHash;
        this.registeredAt = now;
        this.consentAt = now;
        this.status = RegistrationStatus.WAITING;
    }

    /** Gives the registration a place. */
    public void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** Gives up the place or the turn; the address may register again. */
    public void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        activeEmail = null;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }
}
