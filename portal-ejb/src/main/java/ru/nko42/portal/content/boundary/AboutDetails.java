package ru.nko42.portal.content.boundary;

/** The contacts of the about page: the office's address, phone, e-mail and opening hours. */
public record AboutDetails(String address, String phone, String email, String hours) implements PieceDetails {

    /** The phone number as a {@code tel:} link wants it: digits and a leading plus only. */
    public String phoneLink() {
        return ru.nko42.portal.content.control.ContactRules.telLink(phone);
    }
}
