package ru.nko42.portal.model.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * What an event piece has beyond the common fields, keyed by the piece's id: when (UTC, shown in Kuzbass time),
 * how and where it is held, and its registration settings. The row is also the lock registrations take, so that
 * counting the places and taking one happen one at a time per event.
 */
@Entity
@Table(name = "event_details")
@NamedQuery(name = EventDetails.FIND_BY_IDS, query = "SELECT d FROM EventDetails d WHERE d.pieceId IN :ids")
public class EventDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_IDS = "EventDetails.findByIds";

    public static final int PLACE_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 300;
    public static final int LINK_LENGTH = 500;

    @Id
    @Column(name = "piece_id")
    private Long pieceId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_format", nullable = false, length = 20)
    private EventFormat format;

    @Column(name = "place_name", length = PLACE_LENGTH)
    private String placeName;

    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @Column(name = "municipality_code", length = 40)
    private String municipalityCode;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "online_link", length = LINK_LENGTH)
    private String onlineLink;

    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "registration_open", nullable = false)
    private boolean registrationOpen;

    @Column(name = "registration_deadline")
    private Instant registrationDeadline;

    protected EventDetails() {}

    public EventDetails(long pieceId) {
        this.pieceId = pieceId;
        this.format = EventFormat.IN_PERSON;
        this.registrationOpen = true;
    }

    /** Whether a visitor may register at {@code now}: open, before the deadline (if any) and before the start. */
    public boolean acceptsRegistrationsAt(Instant now) {
        return registrationOpen
                && now.isBefore(startsAt)
                && (registrationDeadline == null || now.isBefore(registrationDeadline));
    }

    public Long getPieceId() {
        return pieceId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = placeName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public void setRegistrationOpen(boolean registrationOpen) {
        this.registrationOpen = registrationOpen;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(Instant registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }
}
