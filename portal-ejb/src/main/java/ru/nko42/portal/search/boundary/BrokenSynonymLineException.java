package ru.nko42.portal.search.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** A line of the synonym list an administrator saved cannot be used; nothing was saved. */
public class BrokenSynonymLineException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String text;

    public BrokenSynonymLineException(int line, String text) {
        super("synonym list line " + line);
        this.line = line;
        this.text = text;
    }

    /** The number of the line, from 1. */
    public int line() {
        return line;
    }

    /** The line as written. */
    public String text() {
        return text;
    }

    @Override
    public String messageKey() {
        return "admin.searchIndex.synonyms.error.line";
    }
}
