package ru.nko42.portal.services.boundary;

/**
 * A CDI event: what citizens may find of a service may have changed (published, an edit approved, unpublished,
 * archived). Fired inside the transaction that changed it; the search index observes it after the commit.
 *
 * @param serviceId the service's id
 */
public record ServiceListingChanged(long serviceId) {}
