package ru.nko42.portal.services.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/**
 * Someone else saved or submitted the listing after this form was opened. Nothing was written; the form keeps what
 * was typed, and the current revision's id and version let the member look and then save over it on purpose.
 */
public class ServiceChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long currentRevisionId;
    private final long currentVersion;
    private final String changedBy;

    public ServiceChangedException(long currentRevisionId, long currentVersion, String changedBy) {
        super("service changed by someone else: revision " + currentRevisionId + " v" + currentVersion);
        this.currentRevisionId = currentRevisionId;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
    }

    public long currentRevisionId() {
        return currentRevisionId;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    @Override
    public String messageKey() {
        return "service.error.changed";
    }
}
