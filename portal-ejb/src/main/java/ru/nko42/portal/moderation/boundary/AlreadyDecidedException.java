package ru.nko42.portal.moderation.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** The item was decided, or withdrawn, by someone else a moment ago; this decision was not taken. */
public class AlreadyDecidedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AlreadyDecidedException() {
        this("already decided");
    }

    protected AlreadyDecidedException(String detail) {
        super(detail);
    }

    @Override
    public String messageKey() {
        return "moderation.error.alreadyDecided";
    }
}
