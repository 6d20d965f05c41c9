package ru.nko42.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** Who is logged in, for the header and my account; and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    /** The request's own user: the security context would name an anonymous caller too. */
    public boolean isLoggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    public String getEmail() {
        Principal caller =
                FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** Ends the session and goes home. A POST from the header's form, so no link can log anyone out. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
