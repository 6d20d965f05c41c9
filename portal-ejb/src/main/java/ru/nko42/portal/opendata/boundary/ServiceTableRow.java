package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.services.FeeKind;

/**
 * A published service as a row of the open data table of the services: its published revision only.
 *
 * @param municipalities where it is given: its service areas, and the municipalities of its places
 * @param phone its first phone number, or null
 * @param address the address of its first place, or null
 * @param lastVerified when its details were last confirmed
 */
public record ServiceTableRow(
        long id,
        String name,
        String organization,
        List<ReferenceItem> municipalities,
        List<ReferenceItem> types,
        List<ReferenceItem> forms,
        List<ReferenceItem> categories,
        FeeKind fee,
        Integer freePlaces,
        String phone,
        String address,
        Instant lastVerified)
        implements Serializable {

    /** The names of the items in the language, separated by "; ". */
    public static String names(List<ReferenceItem> items, Locale locale) {
        return items.stream().map(item -> item.name(locale)).collect(Collectors.joining("; "));
    }
}
