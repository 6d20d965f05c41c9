package ru.nko42.portal.events.boundary;

import java.io.Serializable;

/**
 * What a visitor sends to register for an event: name, organization (optional), e-mail, phone (optional), the
 * consent to the processing of personal data (152-FZ), and the language the mails are to be written in.
 */
public record RegistrationForm(
        long eventId, String name, String organization, String email, String phone, boolean consent, String language)
        implements Serializable {}
