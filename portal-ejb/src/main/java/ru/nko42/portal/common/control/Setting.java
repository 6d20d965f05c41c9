package ru.nko42.portal.common.control;

import java.util.Locale;
import java.util.Optional;

/**
 * An installation setting: the system property ({@code portal.contact.email}), else the environment variable of
 * the same name in capitals ({@code PORTAL_CONTACT_EMAIL}). A blank value counts as not set; others are kept as
 * they are (a password may start with a space).
 */
public final class Setting {

    private Setting() {}

    public static Optional<String> of(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(environmentName(property));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
