package ru.nko42.portal.events.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** A cancel link whose token leads to no registration (mistyped, or the event was removed). */
public class UnknownCancelLinkException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCancelLinkException() {
        super("unknown cancel link");
    }

    @Override
    public String messageKey() {
        return "event.cancel.error.unknown";
    }
}
