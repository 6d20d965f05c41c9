package ru.nko42.portal.model.directory;

/**
 * Where an organization stands on its way to the public directory. A moderator takes a published one out as
 * unpublished (to be fixed and submitted again) or archived (it no longer works); either comes back with the next
 * approval.
 */
public enum PublicationState {
    DRAFT,
    PENDING,
    PUBLISHED,
    ARCHIVED,
    UNPUBLISHED
}
