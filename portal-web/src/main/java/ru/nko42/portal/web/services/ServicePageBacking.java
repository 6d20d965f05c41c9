package ru.nko42.portal.web.services;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.services.boundary.ServiceModerationService;
import ru.nko42.portal.services.boundary.ServicePage;
import ru.nko42.portal.services.boundary.ServicePageService;
import ru.nko42.portal.web.account.Messages;

/**
 * The public page of a service, {@code /service?id=} ({@code &print=true} for the print version): "not found" for a
 * service that is unknown or not public, unless the viewer keeps it (then marked as not public). A moderator of the
 * service's municipality may take it out of the search from here, with a reason: the view keeps the page it showed,
 * so that the moderator's form is processed on its postback.
 */
@Named
@ViewScoped
public class ServicePageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicePageService pages;

    private Long id;
    private boolean print;
    private ServicePage page;
    private Boolean moderates;
    private String reason;

    @Inject
    ServiceModerationService moderation;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            page = pages.page(id);
        } catch (NotPermittedException e) {
            Faces.responseSendError(404, "");
        }
    }

    /** Whether the viewer may take the service out of the search (a moderator of its municipality). */
    public boolean isModerator() {
        if (moderates == null) {
            moderates = page != null && page.isPublic() && pages.moderates(page.serviceId());
        }
        return moderates;
    }

    public String unpublish() throws IOException {
        return withdraw(PublicationState.UNPUBLISHED);
    }

    public String archive() throws IOException {
        return withdraw(PublicationState.ARCHIVED);
    }

    private String withdraw(PublicationState outcome) throws IOException {
        load();
        try {
            moderation.withdrawFromPublic(id, outcome, reason);
        } catch (InvalidInputException e) {
            Messages.error("withdraw:reason", e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        Messages.info("moderation.service.withdraw.done");
        Messages.keepForNextPage();
        return "/account/index?faces-redirect=true";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isPrint() {
        return print;
    }

    public void setPrint(boolean print) {
        this.print = print;
    }

    public ServicePage getPage() {
        return page;
    }
}
