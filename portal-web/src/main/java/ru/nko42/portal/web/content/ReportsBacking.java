package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.content.boundary.PublicReports;
import ru.nko42.portal.content.boundary.ReportYear;

/** The public reports, {@code /reports}: by year, newest first, each report with its lead and documents. */
@Named
@RequestScoped
public class ReportsBacking {

    @Inject
    PublicReports reports;

    private List<ReportYear> years;

    public void load() {
        years = reports.byYear();
    }

    public List<ReportYear> getYears() {
        return years;
    }
}
