package ru.nko42.portal.common.boundary;

import jakarta.ejb.ApplicationException;

/**
 * Something the user did or asked for cannot be done; the transaction rolls back and the page shows the message
 * under {@link #messageKey()} in the user's language.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessException(String detail) {
        super(detail);
    }

    /** The key of the message in the portal's bundles. */
    public abstract String messageKey();
}
