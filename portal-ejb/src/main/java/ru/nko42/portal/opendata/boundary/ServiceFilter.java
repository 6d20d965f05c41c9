package ru.nko42.portal.opendata.boundary;

import java.time.Instant;

/**
 * What the services (and service_at_locations) of the open data API are filtered by; every given filter applies
 * (AND), a null one does not.
 *
 * @param search words, found by the portal's Russian search of services (word forms, synonyms)
 * @param taxonomyTermId the HSDS id of a term (a 442-ФЗ type or form, a recipient category) the service is filed under
 * @param taxonomyId the HSDS id of a taxonomy: services filed under any of its terms
 * @param organizationId the HSDS id of the organization that gives the services
 * @param modifiedAfter only documents changed at or after this instant ({@code last_modified})
 * @param proximity only services with a place near a point (a service_at_location: that place)
 */
public record ServiceFilter(
        String search,
        String taxonomyTermId,
        String taxonomyId,
        String organizationId,
        Instant modifiedAfter,
        Proximity proximity) {

    public static ServiceFilter none() {
        return new ServiceFilter(null, null, null, null, null, null);
    }

    public ServiceFilter {
        search = blankToNull(search);
        taxonomyTermId = blankToNull(taxonomyTermId);
        taxonomyId = blankToNull(taxonomyId);
        organizationId = blankToNull(organizationId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
