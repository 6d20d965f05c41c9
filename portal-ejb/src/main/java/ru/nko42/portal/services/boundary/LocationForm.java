package ru.nko42.portal.services.boundary;

import java.io.Serializable;

/**
 * A place where the service is given, as the editor shows it: name, address, municipality by code, an optional
 * point (both coordinates or neither), access for wheelchair users, how to get there, and the hours there.
 */
public class LocationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String address;
    private String municipality;
    private Double latitude;
    private Double longitude;
    private boolean wheelchairAccessible;
    private String accessibility;
    private String transportation;
    private ScheduleForm schedule = new ScheduleForm();

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

    public ScheduleForm getSchedule() {
        return schedule;
    }

    public void setSchedule(ScheduleForm schedule) {
        this.schedule = schedule == null ? new ScheduleForm() : schedule;
    }
}
