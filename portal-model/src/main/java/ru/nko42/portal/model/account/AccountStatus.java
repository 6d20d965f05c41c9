package ru.nko42.portal.model.account;

/** Where an account stands: it can log in only when ACTIVE. */
public enum AccountStatus {
    /** Signed up, the e-mail address not confirmed yet. */
    PENDING,
    ACTIVE,
    BLOCKED
}
