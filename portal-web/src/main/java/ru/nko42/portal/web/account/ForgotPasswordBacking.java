package ru.nko42.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.account.boundary.AccountService;

/** Asks for a password reset link; the answer is the same whether the address has an account or not. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    AccountService accounts;

    private String email;

    public String send() {
        accounts.requestPasswordReset(email);
        Messages.info("forgotPassword.sent");
        Messages.keepForNextPage();
        return "/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
