package ru.nko42.portal.model.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A ready reason for sending an item back, which a moderator picks and edits before sending: a short title to choose
 * by, the text addressed to the organization's representative, a place in the list, and whether it is still offered.
 * Administrators keep the templates; one no longer wanted is switched off, never deleted.
 */
@Entity
@Table(name = "reason_template")
@NamedQuery(name = ReasonTemplate.FIND_ALL, query = "SELECT t FROM ReasonTemplate t ORDER BY t.position, t.id")
@NamedQuery(
        name = ReasonTemplate.FIND_ACTIVE,
        query = "SELECT t FROM ReasonTemplate t WHERE t.active = TRUE ORDER BY t.position, t.id")
@NamedQuery(name = ReasonTemplate.LAST_POSITION, query = "SELECT MAX(t.position) FROM ReasonTemplate t")
public class ReasonTemplate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "ReasonTemplate.findAll";
    public static final String FIND_ACTIVE = "ReasonTemplate.findActive";
    public static final String LAST_POSITION = "ReasonTemplate.lastPosition";

    public static final int TITLE_LENGTH = 120;
    public static final int BODY_LENGTH = 2000;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = BODY_LENGTH)
    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @PositiveOrZero
    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ReasonTemplate() {}

    public ReasonTemplate(String title, String body, int position) {
        this.title = title;
        this.body = body;
        this.position = position;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
