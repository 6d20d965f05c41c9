package ru.nko42.portal.services.boundary;

/**
 * A CDI event: an organization's public profile changed (published, renamed, unpublished, archived), so what
 * citizens may find of its services may have changed too. Fired inside the transaction that changed it; the search
 * index observes it after the commit.
 *
 * @param organizationId the organization's id
 */
public record OrganizationListingChanged(long organizationId) {}
