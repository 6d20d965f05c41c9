package ru.nko42.portal.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.nko42.portal.content.boundary.AboutDetails;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.model.content.ContentAbout;
import ru.nko42.portal.model.content.ContentKind;

/** The about page's contacts in the editor: address, phone, e-mail, opening hours. */
@Named
@ViewScoped
public class AboutFieldsForm implements PieceDetailsForm, Serializable {

    private static final long serialVersionUID = 1L;

    private String address;
    private String phone;
    private String email;
    private String hours;

    @Override
    public ContentKind kind() {
        return ContentKind.ABOUT;
    }

    @Override
    public void show(PieceDetails details) {
        AboutDetails about = (AboutDetails) details;
        address = about.address();
        phone = about.phone();
        email = about.email();
        hours = about.hours();
    }

    @Override
    public PieceDetails details() {
        return new AboutDetails(address, phone, email, hours);
    }

    public int getAddressLength() {
        return ContentAbout.ADDRESS_LENGTH;
    }

    public int getHoursLength() {
        return ContentAbout.HOURS_LENGTH;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }
}
