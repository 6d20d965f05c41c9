package ru.nko42.portal.mail.control;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import ru.nko42.portal.common.control.ExceptionChain;

/** Reads the cause chain of a failed sending: was the mail server out of reach, and what, in one line. */
public final class MailFailures {

    private MailFailures() {}

    /** True when the chain holds a refused or timed-out connection or an unknown host. */
    public static boolean isUnreachable(Throwable thrown) {
        return ExceptionChain.of(thrown)
                .anyMatch(t -> t instanceof ConnectException
                        || t instanceof NoRouteToHostException
                        || t instanceof SocketTimeoutException
                        || t instanceof UnknownHostException);
    }

    /** The outermost message and, where it differs, the root cause's, on one line. */
    public static String oneLine(Throwable thrown) {
        Throwable root = ExceptionChain.root(thrown);
        String message = ExceptionChain.messageOf(thrown);
        if (root != thrown && !message.contains(ExceptionChain.messageOf(root))) {
            message = message + ": " + ExceptionChain.messageOf(root);
        }
        return ExceptionChain.oneLine(message);
    }
}
