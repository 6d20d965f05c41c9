package ru.nko42.portal.search.control;

/** A line of a synonym list that cannot be used, with its number (from 1) so an editor can show where. */
public class SynonymListException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String text;

    public SynonymListException(int line, String text, String problem) {
        super("synonym list, line " + line + ": " + problem + ": " + text);
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
}
