package ru.nko42.portal.model.directory;

/** Where an organization stands on its way to the public directory. */
public enum PublicationState {
    DRAFT,
    PENDING,
    PUBLISHED,
    ARCHIVED
}
