package ru.nko42.portal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.FreshnessService;
import ru.nko42.portal.directory.boundary.StaleOrganization;

/**
 * The organization behind a queue item of kind "stale", for its part of the moderation item page
 * (WEB-INF/moderation/stale.xhtml): read once per request, through the service's check of the caller's
 * municipalities.
 */
@Named("staleItem")
@RequestScoped
public class StaleItemBacking {

    @Inject
    FreshnessService freshness;

    private Long organizationId;
    private StaleOrganization organization;

    /** The organization, or null when the caller may not read it. */
    public StaleOrganization of(long id) {
        if (organizationId == null || organizationId != id) {
            organizationId = id;
            try {
                organization = freshness.staleOrganization(id);
            } catch (NotPermittedException e) {
                organization = null;
            }
        }
        return organization;
    }
}
