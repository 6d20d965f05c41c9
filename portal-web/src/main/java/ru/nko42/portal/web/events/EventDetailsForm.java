package ru.nko42.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.events.EventFormat;
import ru.nko42.portal.web.config.Dates;
import ru.nko42.portal.web.content.PieceDetailsForm;

/** The event's own fields in the piece editor: times typed in Kuzbass time, place, link, capacity, registration. */
@Named
@ViewScoped
public class EventDetailsForm implements PieceDetailsForm, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectoryOverviewService directory;

    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private EventFormat format = EventFormat.IN_PERSON;
    private String placeName;
    private String address;
    private String municipality;
    private Double latitude;
    private Double longitude;
    private String onlineLink;
    private Integer capacity;
    private boolean registrationOpen = true;
    private LocalDateTime registrationDeadline;
    private List<MunicipalitySummary> municipalities;

    @Override
    public ContentKind kind() {
        return ContentKind.EVENT;
    }

    @Override
    public void show(PieceDetails details) {
        EventInfo event = (EventInfo) details;
        startsAt = local(event.startsAt());
        endsAt = local(event.endsAt());
        format = event.format();
        placeName = event.placeName();
        address = event.address();
        municipality = event.municipalityCode();
        latitude = event.latitude();
        longitude = event.longitude();
        onlineLink = event.onlineLink();
        capacity = event.capacity();
        registrationOpen = event.registrationOpen();
        registrationDeadline = local(event.registrationDeadline());
    }

    @Override
    public PieceDetails details() {
        return new EventInfo(
                instant(startsAt),
                instant(endsAt),
                format,
                placeName,
                address,
                municipality == null || municipality.isBlank() ? null : municipality,
                latitude,
                longitude,
                onlineLink,
                capacity,
                registrationOpen,
                instant(registrationDeadline));
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Dates.KUZBASS);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Dates.KUZBASS).toInstant();
    }

    public List<MunicipalitySummary> getMunicipalities() {
        if (municipalities == null) {
            municipalities = directory.summary().municipalities();
        }
        return municipalities;
    }

    public EventFormat[] getFormats() {
        return EventFormat.values();
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
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

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
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

    public LocalDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDateTime registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }
}
