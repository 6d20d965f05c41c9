package ru.nko42.portal.directory.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** Someone else saved the reference list entry after this form was filled; nothing was written: reload and redo. */
public class ReferenceEntryChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReferenceEntryChangedException(long entryId) {
        super("reference entry " + entryId + " changed by someone else");
    }

    @Override
    public String messageKey() {
        return "admin.reference.error.changed";
    }
}
