package ru.nko42.portal.account.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** What was entered is not an e-mail address. */
public class InvalidEmailException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidEmailException() {
        super("not an e-mail address");
    }

    @Override
    public String messageKey() {
        return "account.email.invalid";
    }
}
