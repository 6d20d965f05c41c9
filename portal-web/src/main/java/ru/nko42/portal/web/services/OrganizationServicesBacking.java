package ru.nko42.portal.web.services;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.services.boundary.MyService;
import ru.nko42.portal.services.boundary.ServiceListingService;

/** The "Services" section of an organization in my account: its services, each with where it stands. */
@Named
@RequestScoped
public class OrganizationServicesBacking {

    @Inject
    ServiceListingService listings;

    private final Map<Long, List<MyService>> services = new HashMap<>();

    public List<MyService> of(long organizationId) {
        return services.computeIfAbsent(organizationId, listings::services);
    }
}
