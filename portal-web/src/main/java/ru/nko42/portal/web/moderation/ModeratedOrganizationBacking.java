package ru.nko42.portal.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.ModeratedOrganization;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.web.account.Messages;

/**
 * An organization of the moderator's municipalities, {@code /moderation/organization?id=}: where it stands, the
 * item waiting on it, its history, and taking it out of the directory (unpublished or archived) with a reason.
 */
@Named
@ViewScoped
public class ModeratedOrganizationBacking implements Serializable, ReasonHolder {

    private static final long serialVersionUID = 1L;

    @Inject
    RevisionDecisionService decisions;

    private Long id;
    private ModeratedOrganization organization;
    private List<AuditRow> history;
    private PublicationState outcome = PublicationState.UNPUBLISHED;
    private String reason;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotPermittedException();
            }
            organization = decisions.organization(id);
            history = decisions.history(id);
        } catch (NotPermittedException e) {
            Faces.responseSendError(404, "");
        }
    }

    public String withdrawFromDirectory() {
        try {
            decisions.withdrawFromDirectory(id, outcome, reason);
        } catch (BusinessException e) {
            Messages.error("withdraw:reason", e.messageKey(), null);
            return null;
        }
        Messages.info("moderation.withdrawn." + outcome.name());
        Messages.keepForNextPage();
        return "/moderation/organization?faces-redirect=true&id=" + id;
    }

    public List<PublicationState> getOutcomes() {
        return List.of(PublicationState.UNPUBLISHED, PublicationState.ARCHIVED);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ModeratedOrganization getOrganization() {
        return organization;
    }

    public List<AuditRow> getHistory() {
        return history;
    }

    public PublicationState getOutcome() {
        return outcome;
    }

    public void setOutcome(PublicationState outcome) {
        this.outcome = outcome;
    }

    @Override
    public String getReason() {
        return reason;
    }

    @Override
    public void setReason(String reason) {
        this.reason = reason;
    }
}
