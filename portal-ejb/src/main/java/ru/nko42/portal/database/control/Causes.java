package ru.nko42.portal.database.control;

import java.sql.SQLException;

/** Reads the root of an exception chain, to tell an unreachable database from a broken migration. */
public final class Causes {

    private Causes() {}

    public static Throwable root(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    /** True when the chain holds a connection failure (SQL state class 08) or a refused socket. */
    public static boolean isConnectionFailure(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** One line: the root cause's message, without stack trace. */
    public static String oneLine(Throwable thrown) {
        Throwable root = root(thrown);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
