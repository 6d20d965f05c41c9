package ru.nko42.portal.database.control;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import ru.nko42.portal.common.control.ExceptionChain;

/** Reads an exception chain to tell an unreachable database from a broken migration, and to report it in a line. */
public final class Causes {

    private Causes() {}

    /** True when the chain holds a connection failure (SQL state class 08) or a refused socket. */
    public static boolean isConnectionFailure(Throwable thrown) {
        return ExceptionChain.of(thrown)
                .anyMatch(t -> t instanceof SQLException sql
                                && sql.getSQLState() != null
                                && sql.getSQLState().startsWith("08")
                        || t instanceof ConnectException
                        || t instanceof UnknownHostException);
    }

    /** One line without stack trace: the innermost SQL message (it names the server), else the root cause's. */
    public static String oneLine(Throwable thrown) {
        Throwable chosen = ExceptionChain.of(thrown)
                .filter(t -> t instanceof SQLException && t.getMessage() != null)
                .reduce((outer, inner) -> inner)
                .orElseGet(() -> ExceptionChain.root(thrown));
        return ExceptionChain.oneLine(ExceptionChain.messageOf(chosen));
    }
}
