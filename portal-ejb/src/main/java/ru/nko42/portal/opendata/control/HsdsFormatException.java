package ru.nko42.portal.opendata.control;

/** What was given as HSDS open data cannot be read as such; the message says what and where, in English. */
public class HsdsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HsdsFormatException(String message) {
        super(message);
    }

    public HsdsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
