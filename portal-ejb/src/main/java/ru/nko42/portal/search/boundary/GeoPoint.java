package ru.nko42.portal.search.boundary;

import java.io.Serializable;

/** A point on the map in degrees (WGS 84), as Leaflet and the browser's geolocation give it. */
public record GeoPoint(double latitude, double longitude) implements Serializable {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }
}
