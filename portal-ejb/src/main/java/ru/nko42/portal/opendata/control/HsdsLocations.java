package ru.nko42.portal.opendata.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.schedule.control.HsdsSchedule;
import ru.nko42.portal.schedule.control.HsdsScheduleJson;

/**
 * The places of services as HSDS locations ({@code location.json}, with their address and accessibility) and each
 * service's presence at one as a {@code service_at_location}.
 *
 * <p>A location's id is the place's own UUID ({@link ServiceLocation#getHsdsId()}, kept across revisions); the
 * service_at_location's is {@link #serviceAtLocationId(ServiceLocation)}. The portal keeps an address as one text: it
 * is written whole as {@code address_1}; {@code postal_code} is its six-digit index ("" when it has none, as the
 * schema requires the field), {@code city} its "г. …"/"пгт …"/"с. …" part or else the municipality's centre,
 * {@code region} the municipality, {@code state_province} the region of Kuzbass, {@code country} "RU".
 */
public final class HsdsLocations {

    private static final Pattern POSTAL_CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");
    private static final Pattern SETTLEMENT = Pattern.compile(
            "^(г\\.|город|пгт\\.?|посёлок|поселок|п\\.|с\\.|село|д\\.|деревня|рп\\.?|ст\\.)\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HsdsLocations() {}

    /** The id of the service's presence at the place: a name-based UUID of the place's. */
    public static String serviceAtLocationId(ServiceLocation location) {
        return HsdsIds.part(location.getHsdsId(), "service_at_location", 0).toString();
    }

    /**
     * The place as a full location: id, location_type "physical", organization_id, name, transportation,
     * latitude/longitude, its address and its accessibility (the member's text, or that it takes wheelchairs).
     */
    public static JsonObject location(ServiceLocation location, String organizationId) {
        return scalars(location, organizationId)
                .put(
                        "addresses",
                        List.of(address(
                                location.getHsdsId(), location.getAddress(), location.getMunicipality(), "physical")))
                .put("accessibility", accessibility(location))
                .build();
    }

    /** The place with its one-to-one fields only (as {@code service_at_location_list.json} nests it). */
    public static JsonObject locationListItem(ServiceLocation location, String organizationId) {
        return scalars(location, organizationId).build();
    }

    private static HsdsJson scalars(ServiceLocation location, String organizationId) {
        return HsdsJson.object()
                .put("id", location.getHsdsId())
                .put("location_type", "physical")
                .put("organization_id", organizationId)
                .put("name", location.getName())
                .put("transportation", location.getTransportation())
                .put("latitude", location.getLatitude())
                .put("longitude", location.getLongitude());
    }

    /**
     * The service's presence at the place: id, service_id, location_id, the hours there (its schedules, with their ids)
     * and the full location.
     */
    static HsdsJson serviceAtLocation(ServiceLocation location, String serviceId, String organizationId) {
        String id = serviceAtLocationId(location);
        return HsdsJson.object()
                .put("id", id)
                .put("service_id", serviceId)
                .put("location_id", location.getHsdsId())
                .put("schedules", schedules(location.getScheduleJson(), id, serviceId, location.getHsdsId(), id))
                .put("location", location(location, organizationId));
    }

    /** An address text of the municipality as an HSDS address with the id {@code HsdsIds.part(owner, "address", 0)}. */
    public static JsonObject address(String owner, String text, Municipality municipality, String type) {
        return HsdsJson.object()
                .put("id", HsdsIds.part(owner, "address", 0).toString())
                .put("location_id", owner)
                .putRequired("address_1", text)
                .putRequired("city", city(text, municipality))
                .put("region", municipality == null ? null : municipality.getNameRu())
                .putRequired("state_province", HsdsTexts.text("region"))
                .putRequired("postal_code", postalCode(text))
                .putRequired("country", "RU")
                .put("address_type", type)
                .build();
    }

    /**
     * HSDS schedules stored as JSON (a service's or a place's hours) with the ids of where they are written: each gets
     * {@code HsdsIds.part(owner, "schedule", i)}. Null or unreadable JSON gives none.
     */
    static List<JsonObject> schedules(
            String json, String owner, String serviceId, String locationId, String serviceAtLocationId) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<HsdsSchedule> stored;
        try {
            stored = HsdsScheduleJson.read(json);
        } catch (RuntimeException e) {
            return List.of();
        }
        List<JsonObject> schedules = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            schedules.add(HsdsScheduleJson.toJson(stored.get(i)
                    .withIdentity(
                            HsdsIds.part(owner, "schedule", i).toString(),
                            serviceId,
                            locationId,
                            serviceAtLocationId)));
        }
        return schedules;
    }

    private static List<JsonObject> accessibility(ServiceLocation location) {
        String description = location.getAccessibility();
        String details = location.isWheelchairAccessible() ? HsdsTexts.text("accessibility.wheelchair") : null;
        if ((description == null || description.isBlank()) && details == null) {
            return List.of();
        }
        return List.of(HsdsJson.object()
                .put(
                        "id",
                        HsdsIds.part(location.getHsdsId(), "accessibility", 0).toString())
                .put("location_id", location.getHsdsId())
                .put("description", description)
                .put("details", details)
                .build());
    }

    static String postalCode(String address) {
        if (address == null) {
            return "";
        }
        Matcher matcher = POSTAL_CODE.matcher(address);
        return matcher.find() ? matcher.group(1) : "";
    }

    static String city(String address, Municipality municipality) {
        if (address != null) {
            for (String part : address.split(",")) {
                String trimmed = part.strip();
                if (SETTLEMENT.matcher(trimmed).matches()) {
                    return trimmed;
                }
            }
        }
        return municipality == null ? "" : municipality.getAdminCentre();
    }
}
