package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/** A person of the team on the about page: the piece (name, text, photo) with the position and contacts. */
public record TeamMemberCard(PublicPiece piece, String position, String email, String phone) implements Serializable {

    /** The phone number as a {@code tel:} link wants it: digits and a leading plus only. */
    public String phoneLink() {
        return ru.nko42.portal.content.control.ContactRules.telLink(phone);
    }
}
