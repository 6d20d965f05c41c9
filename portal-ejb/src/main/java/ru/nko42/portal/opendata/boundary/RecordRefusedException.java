package ru.nko42.portal.opendata.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** One imported record cannot be taken, for the reason the key names ({@code import.refused.*}). */
public class RecordRefusedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public RecordRefusedException(String messageKey) {
        super("record refused: " + messageKey);
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
