package ru.nko42.portal.account.control;

/** Why a new password is refused; each problem has a stable message key for the user interface. */
public enum PasswordProblem {
    TOO_SHORT("account.password.tooShort"),
    TOO_LONG("account.password.tooLong"),
    TOO_WEAK("account.password.tooWeak");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
