package ru.nko42.portal.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.ClaimView;

/** A request to represent an organization, on its queue item's page. */
@Named
@RequestScoped
public class ClaimItemBacking {

    @Inject
    ClaimService claims;

    private final Map<Long, ClaimView> views = new HashMap<>();

    public ClaimView claim(long claimId) {
        return views.computeIfAbsent(claimId, claims::forModerator);
    }
}
