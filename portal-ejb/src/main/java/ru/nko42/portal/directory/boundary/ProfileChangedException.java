package ru.nko42.portal.directory.boundary;

import ru.nko42.portal.common.boundary.RevisionChangedException;

/** Someone else saved or submitted the profile after this form was opened; nothing was written. */
public class ProfileChangedException extends RevisionChangedException {

    private static final long serialVersionUID = 1L;

    public ProfileChangedException(long currentRevisionId, long currentVersion, String changedBy) {
        super("profile", currentRevisionId, currentVersion, changedBy);
    }

    @Override
    public String messageKey() {
        return "profile.error.changed";
    }
}
