package ru.nko42.portal.moderation.boundary;

/** The author took the item back (to change it) before it was decided. */
public class ItemWithdrawnException extends AlreadyDecidedException {

    private static final long serialVersionUID = 1L;

    public ItemWithdrawnException() {
        super("withdrawn by its author");
    }

    @Override
    public String messageKey() {
        return "moderation.error.withdrawn";
    }
}
