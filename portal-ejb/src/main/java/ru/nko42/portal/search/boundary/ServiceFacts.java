package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a line of the results shows of a service besides its hit: where it is given and its badges. Kept in memory
 * for every service the index holds, so a page of results needs no database.
 *
 * @param id the service's id
 * @param municipalities the codes of the municipalities it serves
 * @param free whether it costs nothing
 * @param wheelchairAccessible whether a wheelchair user can get it
 * @param locations the points of its places, for the map
 */
public record ServiceFacts(
        long id, Set<String> municipalities, boolean free, boolean wheelchairAccessible, List<GeoPoint> locations)
        implements Serializable {

    public ServiceFacts {
        municipalities = Set.copyOf(municipalities);
        locations = List.copyOf(locations);
    }

    public static ServiceFacts of(IndexedService service) {
        return new ServiceFacts(
                service.id(),
                service.municipalities(),
                service.free(),
                service.wheelchairAccessible(),
                service.locations());
    }
}
