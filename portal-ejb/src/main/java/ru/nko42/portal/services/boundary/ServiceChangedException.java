package ru.nko42.portal.services.boundary;

import ru.nko42.portal.common.boundary.RevisionChangedException;

/** Someone else saved or submitted the listing after this form was opened; nothing was written. */
public class ServiceChangedException extends RevisionChangedException {

    private static final long serialVersionUID = 1L;

    public ServiceChangedException(long currentRevisionId, long currentVersion, String changedBy) {
        super("service", currentRevisionId, currentVersion, changedBy);
    }

    @Override
    public String messageKey() {
        return "service.error.changed";
    }
}
