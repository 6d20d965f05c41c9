package ru.nko42.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import ru.nko42.portal.account.boundary.AccountService;
import ru.nko42.portal.account.boundary.InvalidLinkException;

/** Opened from the confirmation mail: confirms the address and says so, or says the link no longer works. */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    AccountService accounts;

    @Inject
    @Param(name = "token")
    String token;

    private boolean confirmed;

    public void confirm() {
        try {
            accounts.confirmEmail(token);
            confirmed = true;
        } catch (InvalidLinkException e) {
            confirmed = false;
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }
}
