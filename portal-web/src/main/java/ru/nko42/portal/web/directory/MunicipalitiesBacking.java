package ru.nko42.portal.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;

/** The list of the municipalities of Kuzbass, with their published organizations. */
@Named
@RequestScoped
public class MunicipalitiesBacking {

    @Inject
    DirectoryOverviewService directory;

    private List<MunicipalitySummary> municipalities;

    @PostConstruct
    void load() {
        municipalities = directory.summary().municipalities();
    }

    public List<MunicipalitySummary> getMunicipalities() {
        return municipalities;
    }
}
