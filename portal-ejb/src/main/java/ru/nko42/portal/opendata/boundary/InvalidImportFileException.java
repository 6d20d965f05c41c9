package ru.nko42.portal.opendata.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/**
 * A file given to import is refused as a whole (empty, too large, neither JSON nor a zip, no records, too many), or
 * the import's options are (an unknown municipality); the key ({@code import.error.*}) says which.
 */
public class InvalidImportFileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidImportFileException(String messageKey) {
        super("import refused: " + messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
