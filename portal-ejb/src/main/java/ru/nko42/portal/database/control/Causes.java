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

    /** One line without stack trace: the innermost SQL message (it names the server), else the root cause's. */
    public static String oneLine(Throwable thrown) {
        Throwable chosen = root(thrown);
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                chosen = t;
            }
        }
        String message = chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
