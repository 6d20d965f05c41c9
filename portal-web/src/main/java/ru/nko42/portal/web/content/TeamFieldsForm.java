package ru.nko42.portal.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.TeamMemberDetails;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentTeamMember;

/** A team member's own fields in the editor: position, e-mail, phone (the photo is the piece's cover). */
@Named
@ViewScoped
public class TeamFieldsForm implements PieceDetailsForm, Serializable {

    private static final long serialVersionUID = 1L;

    private String position;
    private String email;
    private String phone;

    @Override
    public ContentKind kind() {
        return ContentKind.TEAM;
    }

    @Override
    public void show(PieceDetails details) {
        TeamMemberDetails member = (TeamMemberDetails) details;
        position = member.position();
        email = member.email();
        phone = member.phone();
    }

    @Override
    public PieceDetails details() {
        return new TeamMemberDetails(position, email, phone);
    }

    public int getPositionLength() {
        return ContentTeamMember.POSITION_LENGTH;
    }

    public int getEmailLength() {
        return ContentTeamMember.EMAIL_LENGTH;
    }

    public int getPhoneLength() {
        return ContentTeamMember.PHONE_LENGTH;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
