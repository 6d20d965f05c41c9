package ru.nko42.portal.account.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** A mailed link that is unknown, used already, or expired. One message for all three: they say nothing to a guesser. */
public class InvalidLinkException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidLinkException() {
        super("unknown, used or expired link");
    }

    @Override
    public String messageKey() {
        return "account.link.invalid";
    }
}
