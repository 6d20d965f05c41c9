package ru.nko42.portal.web.services;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import ru.nko42.portal.services.boundary.ServiceComparison;
import ru.nko42.portal.services.boundary.ServiceModerationService;
import ru.nko42.portal.services.boundary.ServicePage;
import ru.nko42.portal.web.config.LanguageSwitcher;

/** A submitted listing on its queue item's page: the revision beside the published one, and as its page. */
@Named
@RequestScoped
public class ServiceItemBacking {

    @Inject
    ServiceModerationService services;

    @Inject
    LanguageSwitcher language;

    private final Map<Long, ServiceComparison> comparisons = new HashMap<>();
    private final Map<Long, ServicePage> pages = new HashMap<>();

    public ServiceComparison comparison(long revisionId) {
        return comparisons.computeIfAbsent(revisionId, id -> services.compare(id, language.getLocale()));
    }

    public ServicePage page(long revisionId) {
        return pages.computeIfAbsent(revisionId, services::page);
    }
}
