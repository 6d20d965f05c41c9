package ru.nko42.portal.content.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/**
 * Someone else saved, published or unpublished the piece after the form was opened; nothing was written. The form
 * keeps what was typed; reloading shows the other person's version.
 */
public class PieceChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public PieceChangedException(long pieceId, long currentVersion) {
        super("content piece " + pieceId + " changed by someone else: v" + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public String messageKey() {
        return "content.error.changed";
    }
}
