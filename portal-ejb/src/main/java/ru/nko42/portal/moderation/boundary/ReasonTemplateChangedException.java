package ru.nko42.portal.moderation.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** Someone else changed the reason template after the page showed it; nothing was written: reload and redo. */
public class ReasonTemplateChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ReasonTemplateChangedException(long templateId) {
        super("reason template " + templateId + " changed by someone else");
    }

    @Override
    public String messageKey() {
        return "admin.reasonTemplates.error.changed";
    }
}
