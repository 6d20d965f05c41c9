package ru.nko42.portal.account.boundary;

import java.util.Locale;
import ru.nko42.portal.account.control.PasswordCheck;
import ru.nko42.portal.common.boundary.BusinessException;

/** The new password is too short, too long or too easy to guess; {@link #check()} says why. */
public class WeakPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient PasswordCheck check;

    public WeakPasswordException(PasswordCheck check) {
        super("password refused: " + check.problems());
        this.check = check;
    }

    public PasswordCheck check() {
        return check;
    }

    /** zxcvbn's advice, in the reader's language. */
    public String advice(Locale locale) {
        if (check == null) {
            return "";
        }
        return (check.warning(locale) + " " + String.join(" ", check.suggestions(locale))).strip();
    }

    @Override
    public String messageKey() {
        return check.problems().isEmpty()
                ? "account.password.tooWeak"
                : check.problems().get(0).messageKey();
    }
}
