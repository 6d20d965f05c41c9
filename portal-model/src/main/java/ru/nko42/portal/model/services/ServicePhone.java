package ru.nko42.portal.model.services;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** A phone number to call about a service (HSDS phone), with what it is for: "запись", "горячая линия". */
@Embeddable
public class ServicePhone implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_LENGTH = 40;
    public static final int DESCRIPTION_LENGTH = 200;

    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(name = "number", nullable = false, length = NUMBER_LENGTH)
    private String number;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    protected ServicePhone() {}

    public ServicePhone(String number, String description) {
        this.number = number;
        this.description = description;
    }

    public String getNumber() {
        return number;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServicePhone phone
                && Objects.equals(number, phone.number)
                && Objects.equals(description, phone.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, description);
    }
}
