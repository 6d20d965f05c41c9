package ru.nko42.portal.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The centre's contacts shown in the footer, set per installation by system properties or environment
 * variables ({@code portal.contact.email} or {@code PORTAL_CONTACT_EMAIL}, likewise phone and address). What is
 * not set is not shown.
 */
@Named
@ApplicationScoped
public class SiteContacts {

    private String email;
    private String phone;
    private String address;

    @PostConstruct
    void read() {
        email = setting("portal.contact.email");
        phone = setting("portal.contact.phone");
        address = setting("portal.contact.address");
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    /** The phone number as a {@code tel:} link wants it: digits and a leading plus only. */
    public String getPhoneLink() {
        return phone == null ? null : phone.replaceAll("[^+0-9]", "");
    }

    public String getAddress() {
        return address;
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
