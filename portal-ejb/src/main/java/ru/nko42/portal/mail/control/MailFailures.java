package ru.nko42.portal.mail.control;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Reads the cause chain of a failed sending: was the mail server out of reach, and what, in one line. */
public final class MailFailures {

    private MailFailures() {}

    /** True when the chain holds a refused or timed-out connection or an unknown host. */
    public static boolean isUnreachable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof NoRouteToHostException
                    || t instanceof SocketTimeoutException
                    || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The outermost message and, where it differs, the root cause's, on one line. */
    public static String oneLine(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = messageOf(thrown);
        if (root != thrown && !message.contains(messageOf(root))) {
            message = message + ": " + messageOf(root);
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
