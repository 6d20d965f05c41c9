package ru.nko42.portal.model.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The contacts of the about page (a piece of kind {@link ContentKind#ABOUT}): address, phone, e-mail, hours. */
@Entity
@Table(name = "content_about")
public class ContentAbout implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ADDRESS_LENGTH = 300;
    public static final int HOURS_LENGTH = 300;

    @Id
    @Column(name = "piece_id")
    private Long pieceId;

    @Size(max = ADDRESS_LENGTH)
    @Column(name = "address", length = ADDRESS_LENGTH)
    private String address;

    @Size(max = ContentTeamMember.PHONE_LENGTH)
    @Column(name = "phone", length = ContentTeamMember.PHONE_LENGTH)
    private String phone;

    @Size(max = ContentTeamMember.EMAIL_LENGTH)
    @Column(name = "email", length = ContentTeamMember.EMAIL_LENGTH)
    private String email;

    @Size(max = HOURS_LENGTH)
    @Column(name = "hours", length = HOURS_LENGTH)
    private String hours;

    @Version
    @Column(name = "version")
    private long version;

    protected ContentAbout() {}

    public ContentAbout(long pieceId) {
        this.pieceId = pieceId;
    }

    public Long getPieceId() {
        return pieceId;
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
