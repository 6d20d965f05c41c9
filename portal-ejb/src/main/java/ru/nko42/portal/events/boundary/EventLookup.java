package ru.nko42.portal.events.boundary;

import java.io.Serializable;

/** What an event's public address leads to: the event, the slug it moved to (301), or nothing (404). */
public record EventLookup(PublicEvent event, String movedTo) implements Serializable {

    public boolean isFound() {
        return event != null;
    }

    public boolean isMoved() {
        return movedTo != null;
    }
}
