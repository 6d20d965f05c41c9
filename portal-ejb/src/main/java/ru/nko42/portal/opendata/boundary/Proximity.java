package ru.nko42.portal.opendata.boundary;

import java.util.Locale;

/**
 * Near a point: within {@code radiusKm} kilometres (great-circle distance) of latitude/longitude.
 *
 * @throws IllegalArgumentException when the point is off the globe or the radius not above 0 (or above 20,000 km)
 */
public record Proximity(double latitude, double longitude, double radiusKm) {

    public static final double DEFAULT_RADIUS_KM = 10;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Proximity {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("proximity: the point must be latitude,longitude in degrees");
        }
        if (!(radiusKm > 0 && radiusKm <= 20_000)) {
            throw new IllegalArgumentException("proximity: the radius must be more than 0 and at most 20000 km");
        }
    }

    /**
     * Reads {@code "LAT,LON"} or {@code "LAT,LON,KM"} (decimal degrees, WGS 84; the radius in kilometres,
     * {@link #DEFAULT_RADIUS_KM} when left out), as the API's {@code proximity} parameter carries it.
     *
     * @throws IllegalArgumentException when it is not that
     */
    public static Proximity parse(String text) {
        String[] parts = text.strip().split("\\s*,\\s*");
        if (parts.length != 2 && parts.length != 3) {
            throw new IllegalArgumentException("proximity must be LAT,LON or LAT,LON,KM, e.g. 55.3547,86.0873,5");
        }
        try {
            return new Proximity(
                    number(parts[0]), number(parts[1]), parts.length == 3 ? number(parts[2]) : DEFAULT_RADIUS_KM);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("proximity must be LAT,LON or LAT,LON,KM, e.g. 55.3547,86.0873,5");
        }
    }

    private static double number(String part) {
        if (!part.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            throw new NumberFormatException(part);
        }
        return Double.parseDouble(part);
    }

    /** Whether the point is within the radius. */
    public boolean contains(double lat, double lon) {
        return distanceKm(lat, lon) <= radiusKm;
    }

    /** The great-circle distance from this point to the other, in kilometres. */
    public double distanceKm(double lat, double lon) {
        double dLat = Math.toRadians(lat - latitude);
        double dLon = Math.toRadians(lon - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(lat))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.6f,%.6f,%s", latitude, longitude, radiusKm);
    }
}
