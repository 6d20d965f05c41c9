package ru.nko42.portal.report.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** The sender's address has sent as many reports within the last hour as the portal accepts. */
public class TooManyReportsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooManyReportsException() {
        super("too many reports from one address");
    }

    @Override
    public String messageKey() {
        return "report.error.tooMany";
    }
}
