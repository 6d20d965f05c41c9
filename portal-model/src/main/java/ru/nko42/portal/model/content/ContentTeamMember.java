package ru.nko42.portal.model.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a piece of kind {@link ContentKind#TEAM} (a person of the centre's team) has beyond the common fields: the
 * position, contacts and the place editors gave the person in the team (ascending; ties by id).
 */
@Entity
@Table(name = "content_team_member")
@NamedQuery(name = ContentTeamMember.FIND_BY_IDS, query = "SELECT m FROM ContentTeamMember m WHERE m.pieceId IN :ids")
@NamedQuery(name = ContentTeamMember.MAX_ORDER, query = "SELECT MAX(m.sortOrder) FROM ContentTeamMember m")
public class ContentTeamMember implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_IDS = "ContentTeamMember.findByIds";
    public static final String MAX_ORDER = "ContentTeamMember.maxOrder";

    public static final int POSITION_LENGTH = 200;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;

    @Id
    @Column(name = "piece_id")
    private Long pieceId;

    @Size(max = POSITION_LENGTH)
    @Column(name = "position_title", length = POSITION_LENGTH)
    private String positionTitle;

    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Size(max = PHONE_LENGTH)
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version")
    private long version;

    protected ContentTeamMember() {}

    public ContentTeamMember(long pieceId, int sortOrder) {
        this.pieceId = pieceId;
        this.sortOrder = sortOrder;
    }

    public Long getPieceId() {
        return pieceId;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
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

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
