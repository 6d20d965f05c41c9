package ru.nko42.portal.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.cdi.Param;
import ru.nko42.portal.account.boundary.AccountService;
import ru.nko42.portal.account.boundary.InvalidLinkException;
import ru.nko42.portal.account.boundary.WeakPasswordException;
import ru.nko42.portal.web.config.LanguageSwitcher;

/** Opened from the reset mail: a new password twice. The token stays in the view, never in a hidden field. */
@Named
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    LanguageSwitcher language;

    @Inject
    @Param(name = "token")
    String token;

    private final NewPasswordForm newPassword = new NewPasswordForm("reset");

    public String reset() {
        if (!newPassword.confirmed()) {
            return null;
        }
        try {
            accounts.resetPassword(token, newPassword.take());
        } catch (WeakPasswordException e) {
            newPassword.refused(e, language.getLocale());
            return null;
        } catch (InvalidLinkException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        Messages.info("resetPassword.done");
        Messages.keepForNextPage();
        return "/login?faces-redirect=true";
    }

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
