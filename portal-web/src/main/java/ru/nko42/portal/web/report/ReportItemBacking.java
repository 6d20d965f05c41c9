package ru.nko42.portal.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.report.boundary.CitizenReportService;
import ru.nko42.portal.report.boundary.ReportView;

/**
 * The report behind a queue item of kind "report", for its part of the moderation item page
 * (WEB-INF/moderation/report.xhtml): read once per request, through the service's check of the caller's
 * municipalities.
 */
@Named("reportItem")
@RequestScoped
public class ReportItemBacking {

    @Inject
    CitizenReportService reports;

    private Long reportId;
    private ReportView report;

    /** The report, or null when the caller may not read it. */
    public ReportView of(long id) {
        if (reportId == null || reportId != id) {
            reportId = id;
            try {
                report = reports.forModerator(id);
            } catch (NotPermittedException e) {
                report = null;
            }
        }
        return report;
    }
}
