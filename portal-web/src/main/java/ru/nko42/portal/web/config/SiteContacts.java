package ru.nko42.portal.web.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import ru.nko42.portal.common.control.Setting;

/**
 * The centre's contacts shown in the footer, set per installation ({@link Setting}: {@code portal.contact.email} or
 * {@code PORTAL_CONTACT_EMAIL}, likewise phone and address). What is not set is not shown.
 */
@Named
@ApplicationScoped
public class SiteContacts {

    private String email;
    private String phone;
    private String address;

    @PostConstruct
    void read() {
        email = Setting.of("portal.contact.email").map(String::trim).orElse(null);
        phone = Setting.of("portal.contact.phone").map(String::trim).orElse(null);
        address = Setting.of("portal.contact.address").map(String::trim).orElse(null);
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
}
