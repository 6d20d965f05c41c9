package ru.nko42.portal.model.account;

/** What an account may do. A representative of an organization is a MEMBER. */
public enum AccountRole {
    MEMBER,
    MODERATOR,
    ADMIN,
    EDITOR
}
