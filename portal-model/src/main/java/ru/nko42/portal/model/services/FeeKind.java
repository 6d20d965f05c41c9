package ru.nko42.portal.model.services;

/** What a service costs a citizen: nothing, a price for everything, or a price for some of it. */
public enum FeeKind {
    FREE,
    PAID,
    PARTLY_PAID
}
