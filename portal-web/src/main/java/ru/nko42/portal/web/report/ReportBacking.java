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
        Optional<PublicProfile> profile = idOf(organization).flatMap(directory::profile);
        if (profile.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        organizationId = profile.get().id();
        organizationName = profile.get().details().displayName();
        profilePath = profile.get().path();
    }

    public String send() {
        try {
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
