package ru.nko42.portal.opendata.boundary;

/** What an import did with one record. */
public enum ImportOutcome {
    /** A new organization or service. */
    CREATED,
    /** A new revision of one the portal had. */
    UPDATED,
    /** The portal had the same content already: nothing was written. */
    UNCHANGED,
    /** Not taken, for the reason given: nothing of it was written. */
    REFUSED
}
