package ru.nko42.portal.common.boundary;

/** A value the user entered is refused by a rule a form could not check alone; the key names the rule. */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidInputException(String messageKey) {
        super("refused input: " + messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
