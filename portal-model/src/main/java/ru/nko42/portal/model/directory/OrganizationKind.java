package ru.nko42.portal.model.directory;

/** What kind of member an organization is. */
public enum OrganizationKind {
    /** A non-profit organization (НКО). */
    NGO,
    /** Territorial public self-government (ТОС). */
    TOS
}
