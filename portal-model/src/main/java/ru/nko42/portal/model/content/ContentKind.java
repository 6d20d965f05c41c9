package ru.nko42.portal.model.content;

/** The section of the centre's site a piece belongs to; stored by name. Slugs are unique within a kind. */
public enum ContentKind {
    NEWS,
    EVENT,
    PROJECT,
    PRACTICE,
    NGO_INFO,
    ACCOUNTANTS_CLUB,
    TEAM,
    REPORT
}
