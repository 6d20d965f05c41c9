package ru.nko42.portal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import ru.nko42.portal.account.boundary.InvalidEmailException;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.ClaimView;
import ru.nko42.portal.directory.boundary.MyOrganization;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RepresentativeService;
import ru.nko42.portal.directory.boundary.RepresentativeView;
import ru.nko42.portal.directory.boundary.RevisionSummary;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.web.account.CurrentUser;
import ru.nko42.portal.web.account.Messages;

/**
 * An organization in my account, {@code /account/organization?id=}: where its profile stands, the content of the
 * latest revision, the history, the representatives and invitations, and the claims waiting on it.
 */
@Named
@ViewScoped
public class MyOrganizationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RepresentativeService representatives;

    @Inject
    ClaimService claims;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private MyOrganization status;
    private ProfileForm latest;
    private List<RevisionSummary> history;
    private List<RepresentativeView> people;
    private List<ClaimView> waitingClaims;
    private String inviteEmail;
    private final Map<Long, String> declineReasons = new HashMap<>();

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            refresh();
        } catch (NotPermittedException e) {
            Faces.responseSendError(404, "");
        }
    }

    private void refresh() {
        status = profiles.status(id);
        latest = profiles.editForm(id);
        history = profiles.history(id);
        people = representatives.representatives(id);
        waitingClaims = claims.pending(id);
    }

    public String withdraw() {
        return act(() -> profiles.withdraw(id), "organization.withdrawn");
    }

    public String invite() {
        try {
            representatives.invite(id, inviteEmail);
        } catch (InvalidEmailException e) {
            Messages.error("invite:email", e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            Messages.error("invite:email", e.messageKey(), null);
            return null;
        }
        Messages.info("representatives.invited");
        return reload();
    }

    public String acceptClaim(long claimId) {
        return act(() -> claims.decide(claimId, true, null), "claim.accepted");
    }

    public String declineClaim(long claimId) {
        return act(() -> claims.decide(claimId, false, declineReasons.get(claimId)), "claim.declined");
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        Messages.info(doneKey);
        return reload();
    }

    private String reload() {
        Messages.keepForNextPage();
        return "/account/organization?faces-redirect=true&id=" + id;
    }

    public boolean isPending() {
        return status != null && status.latestState() == RevisionState.PENDING;
    }

    /** Archived or unpublished by a moderator: out of the directory until the next approval. */
    public boolean isWithdrawnFromDirectory() {
        return status != null
                && (status.state() == PublicationState.ARCHIVED || status.state() == PublicationState.UNPUBLISHED);
    }

    /** Administrators moderate every organization: its moderation page is one link away. */
    public boolean isModerator() {
        return currentUser.hasRole("ADMIN");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MyOrganization getStatus() {
        return status;
    }

    public ProfileForm getLatest() {
        return latest;
    }

    public List<RevisionSummary> getHistory() {
        return history;
    }

    public List<RepresentativeView> getPeople() {
        return people;
    }

    public List<ClaimView> getWaitingClaims() {
        return waitingClaims;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }
}
