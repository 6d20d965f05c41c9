package ru.nko42.portal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.directory.boundary.RepresentativeService;
import ru.nko42.portal.web.account.Messages;

/**
 * An invitation link, {@code /account/invitation?token=}: opening it changes nothing; the logged-in visitor accepts
 * with a button (a POST), and becomes a representative.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RepresentativeService representatives;

    private String token;

    public String accept() {
        long organizationId;
        try {
            organizationId = representatives.acceptInvitation(token);
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        Messages.info("representatives.accepted");
        Messages.keepForNextPage();
        return "/account/organization?faces-redirect=true&id=" + organizationId;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
