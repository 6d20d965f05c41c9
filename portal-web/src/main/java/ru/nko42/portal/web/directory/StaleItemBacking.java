package ru.nko42.portal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import ru.nko42.portal.directory.boundary.FreshnessService;
import ru.nko42.portal.directory.boundary.StaleOrganization;

/**
 * What the queue item of a stale organization shows its moderator ({@code /WEB-INF/moderation/stale.xhtml}): read
 * once per request, through the service that checks the moderator's municipalities.
 */
@Named
@RequestScoped
public class StaleItemBacking {

    @Inject
    FreshnessService freshness;

    private final Map<Long, StaleOrganization> read = new HashMap<>();

    public StaleOrganization of(long organizationId) {
        return read.computeIfAbsent(organizationId, freshness::staleOrganization);
    }
}
