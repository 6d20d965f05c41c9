package ru.nko42.portal.model.directory;

/** Where a request to represent an organization stands. */
public enum ClaimState {
    PENDING,
    ACCEPTED,
    DECLINED
}
