package ru.nko42.portal.common.boundary;

/**
 * The caller may not do this, or may not even know that the thing exists: pages show it as "not found", so a
 * private item's existence is not given away.
 */
public class NotPermittedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException() {
        super("not permitted");
    }

    @Override
    public String messageKey() {
        return "error.notPermitted";
    }
}
