package ru.nko42.portal.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import ru.nko42.portal.directory.boundary.RevisionComparison;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.web.config.LanguageSwitcher;

/** A submitted profile on its queue item's page: the revision beside the published one. */
@Named
@RequestScoped
public class ProfileItemBacking {

    @Inject
    RevisionDecisionService decisions;

    @Inject
    LanguageSwitcher language;

    private final Map<Long, RevisionComparison> comparisons = new HashMap<>();

    public RevisionComparison comparison(long revisionId) {
        return comparisons.computeIfAbsent(revisionId, id -> decisions.compare(id, language.getLocale()));
    }
}
