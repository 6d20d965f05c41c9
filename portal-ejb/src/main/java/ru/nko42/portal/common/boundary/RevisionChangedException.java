package ru.nko42.portal.common.boundary;

/**
 * Someone else saved or submitted what this form edits (a profile, a listing) after the form was opened. Nothing
 * was written; the form keeps what was typed, and the current revision's id and version let the user look and then
 * save over it on purpose.
 */
public abstract class RevisionChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long currentRevisionId;
    private final long currentVersion;
    private final String changedBy;

    protected RevisionChangedException(String what, long currentRevisionId, long currentVersion, String changedBy) {
        super(what + " changed by someone else: revision " + currentRevisionId + " v" + currentVersion);
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
}
