package ru.nko42.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.DirectorySummary;

/** The home page: the directory in numbers and the municipalities of Kuzbass. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    DirectoryOverviewService directory;

    private DirectorySummary summary;

    @PostConstruct
    void load() {
        summary = directory.summary();
    }

    public DirectorySummary getSummary() {
        return summary;
    }
}
