package ru.nko42.portal.account.boundary;

/**
 * A mail an account holder must get: fired inside the transaction, sent after it commits. {@code token} is the
 * raw link token (null for a notice without a link).
 */
public record AccountMailRequested(Kind kind, String email, String displayName, String language, String token) {

    public enum Kind {
        /** Confirm the address of a new account. */
        CONFIRM_EMAIL,
        /** Someone signed up with an address that has an account already. */
        ALREADY_REGISTERED,
        /** Set a new password. */
        RESET_PASSWORD
    }

    @Override
    public String toString() {
        return "AccountMailRequested[" + kind + " to " + email + "]";
    }
}
