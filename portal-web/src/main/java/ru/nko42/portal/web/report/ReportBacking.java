package ru.nko42.portal.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.PublicProfile;
import ru.nko42.portal.report.boundary.CitizenReportService;
import ru.nko42.portal.report.boundary.InvalidReportException;
import ru.nko42.portal.report.boundary.ReportForm;
import ru.nko42.portal.services.boundary.ServicePage;
import ru.nko42.portal.services.boundary.ServicePageService;
import ru.nko42.portal.web.account.Messages;

/**
 * The form "report an error" about a published profile, {@code /report?organization=12}: a plain form that works
 * without JavaScript. A sent report comes back as {@code &sent=true} (after a redirect, so a reload sends nothing
 * twice), which shows the confirmation instead of the form. An unknown or unpublished organization is a 404.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "report";
    private static final int MAX_ID_DIGITS = 18;

    @Inject
    CitizenReportService reports;

    @Inject
    DirectorySearchService directory;

    private String organization;
    /** The service reported about instead of an organization's profile ({@code /report?service=7}). */
    private String service;

    private Long serviceId;

    @Inject
    ServicePageService servicePages;

    private String sent;
    private final ReportForm form = new ReportForm();
    private Long organizationId;
    private String organizationName;
    private String profilePath;

    /** Page load: the organization named in the address, published, or a 404. */
    public void load() throws IOException {
        if (organizationId != null) {
            return;
        }
        if (service != null) {
            loadService();
            return;
        }
        Optional<PublicProfile> profile = idOf(organization).flatMap(directory::profile);
        if (profile.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        organizationId = profile.get().id();
        organizationName = profile.get().details().displayName();
        profilePath = profile.get().path();
    }

    /** A report about a public service: the service names the subject, its page is where "back" goes. */
    private void loadService() throws IOException {
        Optional<ServicePage> page = idOf(service).flatMap(id -> {
            try {
                return Optional.of(servicePages.page(id));
            } catch (NotPermittedException e) {
                return Optional.empty();
            }
        });
        if (page.isEmpty() || !page.get().isPublic()) {
            Faces.responseSendError(404, "");
            return;
        }
        serviceId = page.get().serviceId();
        organizationId = page.get().organizationId();
        organizationName = page.get().name() + " — " + page.get().organizationName();
        profilePath = "/service?id=" + serviceId;
    }

    public String send() {
        try {
            if (serviceId != null) {
                reports.reportService(serviceId, form);
                return "/report?faces-redirect=true&sent=true&service=" + serviceId;
            }
            reports.report(organizationId, form);
        } catch (InvalidReportException e) {
            for (FieldProblem problem : e.problems()) {
                Messages.error(FORM + ":" + problem.field(), problem.messageKey(), null);
            }
            Messages.error(null, e.messageKey(), null);
            return null;
        } catch (NotPermittedException e) {
            Messages.error(null, "report.error.gone", null);
            return null;
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        return "/report?faces-redirect=true&sent=true&organization=" + organizationId;
    }

    private static Optional<Long> idOf(String parameter) {
        return parameter != null && parameter.matches("[0-9]{1," + MAX_ID_DIGITS + "}")
                ? Optional.of(Long.parseLong(parameter))
                : Optional.empty();
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    /** Whether the page shows the confirmation of a sent report. */
    public boolean isSent() {
        return "true".equals(sent);
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getSentParameter() {
        return sent;
    }

    public void setSentParameter(String sent) {
        this.sent = sent;
    }

    public ReportForm getForm() {
        return form;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getProfilePath() {
        return profilePath;
    }
}
