package ru.nko42.portal.services.boundary;

import java.io.Serializable;

/** A phone number of the service and what it is for, as the editor's row holds it. */
public class PhoneRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number;
    private String description;

    public PhoneRow() {}

    public PhoneRow(String number, String description) {
        this.number = number;
        this.description = description;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
