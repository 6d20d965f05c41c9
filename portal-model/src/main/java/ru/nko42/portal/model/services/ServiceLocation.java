package ru.nko42.portal.model.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import ru.nko42.portal.model.common.BaseEntity;
import ru.nko42.portal.model.directory.Municipality;

/**
 * A place where a service is given, as one revision holds it (HSDS location with its service_at_location): the
 * address and point on the map, the municipality it is in, whether a wheelchair user gets in, and the hours there
 * as a JSON array of HSDS schedules (weekly rules with breaks, seasonal validity, holiday exceptions).
 */
@Entity
@Table(name = "social_service_location")
public class ServiceLocation extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int SCHEDULE_LENGTH = ServiceDetails.SCHEDULE_LENGTH;
    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;
    public static final int ACCESSIBILITY_LENGTH = 1000;
    public static final int TRANSPORT_LENGTH = 500;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id", nullable = false, updatable = false)
    private ServiceRevision revision;

    /** What the place is called, if anything: "Отделение дневного пребывания". */
    @Size(max = NAME_LENGTH)
    @Column(name = "name", length = NAME_LENGTH)
    private String name;

    @NotBlank
    @Size(max = ADDRESS_LENGTH)
    @Column(name = "address", nullable = false, length = ADDRESS_LENGTH)
    private String address;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Column(name = "latitude")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "wheelchair_accessible", nullable = false)
    private boolean wheelchairAccessible;

    /** Ramps, lifts, toilets, help on the spot (HSDS accessibility description). */
    @Size(max = ACCESSIBILITY_LENGTH)
    @Column(name = "accessibility", length = ACCESSIBILITY_LENGTH)
    private String accessibility;

    /** How to get there: buses, stops (HSDS transportation). */
    @Size(max = TRANSPORT_LENGTH)
    @Column(name = "transportation", length = TRANSPORT_LENGTH)
    private String transportation;

    @Size(max = SCHEDULE_LENGTH)
    @Lob
    @Column(name = "schedule_json")
    private String scheduleJson;

    /** The UUID open data (HSDS) knows it by: its own, or that of the record an import brought; never changed. */
    @Column(name = "hsds_id", nullable = false, length = 36, updatable = false)
    private String hsdsId = UUID.randomUUID().toString();

    protected ServiceLocation() {}

    public ServiceLocation(ServiceRevision revision, String address, Municipality municipality) {
        this.revision = revision;
        this.address = address;
        this.municipality = municipality;
    }

    /** The same place for another revision. */
    public ServiceLocation copyFor(ServiceRevision other) {
        ServiceLocation copy = new ServiceLocation(other, address, municipality);
        copy.hsdsId = hsdsId;
        copy.name = name;
        copy.latitude = latitude;
        copy.longitude = longitude;
        copy.wheelchairAccessible = wheelchairAccessible;
        copy.accessibility = accessibility;
        copy.transportation = transportation;
        copy.scheduleJson = scheduleJson;
        return copy;
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    public ServiceRevision getRevision() {
        return revision;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
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

    public boolean isWheelchairAccessible() {
        return wheelchairAccessible;
    }

    public void setWheelchairAccessible(boolean wheelchairAccessible) {
        this.wheelchairAccessible = wheelchairAccessible;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }

    public String getTransportation() {
        return transportation;
    }

    public void setTransportation(String transportation) {
        this.transportation = transportation;
    }

    public String getScheduleJson() {
        return scheduleJson;
    }

    public void setScheduleJson(String scheduleJson) {
        this.scheduleJson = scheduleJson;
    }

    /** The UUID of open data (HSDS 3.0) for it. */
    public String getHsdsId() {
        return hsdsId;
    }

    /**
     * Takes the UUID a record of open data gave it (an import), before it is first saved.
     *
     * @throws IllegalStateException when it was saved already: the UUID is never changed
     */
    public void identifyAs(UUID hsdsId) {
        if (!isNew()) {
            throw new IllegalStateException("the HSDS id of a saved record is never changed");
        }
        this.hsdsId = hsdsId.toString();
    }
}
