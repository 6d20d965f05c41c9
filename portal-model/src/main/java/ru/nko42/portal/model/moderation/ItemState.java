package ru.nko42.portal.model.moderation;

/** Where a queue item stands: waiting, decided by a moderator (or a representative), or taken back by its author. */
public enum ItemState {
    OPEN,
    DECIDED,
    WITHDRAWN
}
