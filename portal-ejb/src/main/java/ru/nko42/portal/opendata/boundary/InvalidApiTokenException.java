package ru.nko42.portal.opendata.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** No token, an unknown or revoked one, or one of an account that is no longer an active ADMIN. */
public class InvalidApiTokenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidApiTokenException() {
        super("invalid API token");
    }

    @Override
    public String messageKey() {
        return "api.error.token";
    }
}
