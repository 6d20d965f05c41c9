package ru.nko42.portal.model.events;

/** How an event is held; stored by name. */
public enum EventFormat {
    IN_PERSON,
    ONLINE,
    BOTH;

    public boolean inPerson() {
        return this != ONLINE;
    }

    public boolean online() {
        return this != IN_PERSON;
    }
}
