package ru.nko42.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.nko42.portal.account.boundary.AccountService;
import ru.nko42.portal.account.boundary.InvalidEmailException;
import ru.nko42.portal.account.boundary.SignUp;
import ru.nko42.portal.account.boundary.WeakPasswordException;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.web.config.LanguageSwitcher;

/** The sign-up page: name, e-mail, password twice; then "check your mail", whatever the address. */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    AccountService accounts;

    @Inject
    LanguageSwitcher language;

    private String name;
    private String email;
    private final NewPasswordForm newPassword = new NewPasswordForm("signup");

    public String signUp() {
        if (!newPassword.confirmed()) {
            return null;
        }
        try {
            accounts.signUp(new SignUp(email, newPassword.take(), name, language.getTag()));
        } catch (WeakPasswordException e) {
            newPassword.refused(e, language.getLocale());
            return null;
        } catch (InvalidEmailException e) {
            Messages.error("signup:email", e.messageKey(), null);
            return null;
        } catch (InvalidInputException e) {
            Messages.error("signup:name", e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        Messages.info("signup.sent");
        Messages.keepForNextPage();
        return "/signup-sent?faces-redirect=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public NewPasswordForm getNewPassword() {
        return newPassword;
    }
}
