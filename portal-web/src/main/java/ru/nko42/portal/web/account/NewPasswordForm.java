package ru.nko42.portal.web.account;

import java.io.Serializable;
import java.util.Locale;
import ru.nko42.portal.account.boundary.WeakPasswordException;

/** A new password typed twice, as the sign-up and reset pages ask for it; kept only until the form is handled. */
public class NewPasswordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String formId;
    private String password;
    private String passwordAgain;

    NewPasswordForm(String formId) {
        this.formId = formId;
    }

    /** True when both fields agree; otherwise says so next to the second field. */
    boolean confirmed() {
        boolean same = password != null && password.equals(passwordAgain);
        if (!same) {
            Messages.error(formId + ":passwordAgain", "account.password.mismatch", null);
        }
        return same;
    }

    /** The password to hand to a service; the form forgets it. */
    char[] take() {
        char[] chars = password.toCharArray();
        password = null;
        passwordAgain = null;
        return chars;
    }

    /** Says next to the password field why the service refused it. */
    void refused(WeakPasswordException refusal, Locale locale) {
        Messages.error(formId + ":password", refusal.messageKey(), refusal.advice(locale));
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
