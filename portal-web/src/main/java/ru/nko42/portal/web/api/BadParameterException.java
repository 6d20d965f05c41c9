package ru.nko42.portal.web.api;

/** A query parameter of the API that cannot be read; answered with 400 and the message (English, for developers). */
class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadParameterException(String message) {
        super(message);
    }
}
