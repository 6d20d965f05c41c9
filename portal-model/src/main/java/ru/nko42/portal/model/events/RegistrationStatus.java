package ru.nko42.portal.model.events;

/** Where a registration stands: a place, a place in the waiting list, or given up. */
public enum RegistrationStatus {
    CONFIRMED,
    WAITING,
    CANCELLED
}
