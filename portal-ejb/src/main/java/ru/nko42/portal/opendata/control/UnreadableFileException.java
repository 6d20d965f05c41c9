package ru.nko42.portal.opendata.control;

/**
 * A file given to import cannot be read at all; the key names why in the portal's bundles
 * ({@code import.error.*}), the message says it in English.
 */
public class UnreadableFileException extends HsdsFormatException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public UnreadableFileException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public UnreadableFileException(String messageKey, String message, Throwable cause) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
