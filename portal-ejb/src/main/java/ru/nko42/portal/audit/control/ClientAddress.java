package ru.nko42.portal.audit.control;

import jakarta.enterprise.context.RequestScoped;

/** The address of the client whose request is being served, as the web layer determined it; null outside requests. */
@RequestScoped
public class ClientAddress {

    private String address;

    public String get() {
        return address;
    }

    public void set(String address) {
        this.address = address;
    }
}
