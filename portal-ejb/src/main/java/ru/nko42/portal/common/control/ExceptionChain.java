package ru.nko42.portal.common.control;

import java.util.stream.Stream;

/** An exception and its causes, outermost first: for log lines that say what went wrong without a stack trace. */
public final class ExceptionChain {

    private ExceptionChain() {}

    /** The exception and each of its causes, stopping where a cause points at itself. */
    public static Stream<Throwable> of(Throwable thrown) {
        return Stream.iterate(thrown, t -> t != null, t -> t.getCause() == t ? null : t.getCause());
    }

    public static Throwable root(Throwable thrown) {
        return of(thrown).reduce((outer, inner) -> inner).orElse(thrown);
    }

    /** The message, or the class's simple name where there is none. */
    public static String messageOf(Throwable thrown) {
        return thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage();
    }

    /** Folds white space, line breaks included, so a message stays on one log line. */
    public static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").trim();
    }
}
