package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * A reference list entry as an administrator types it: a new one, or a change to an existing one that remembers the
 * version it started from, so that a save over someone else's newer save is refused instead of overwriting it. The
 * code is typed only for a new entry: revisions refer to it, so it never changes.
 */
public class ReferenceEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long baseVersion;
    private String code;
    private String nameRu;
    private String nameEn;
    private Integer position;
    private boolean active = true;
    private OrganizationKind appliesTo;

    /** An empty form for a new, active entry placed at {@code position}. */
    public static ReferenceEntryForm newEntry(int position) {
        ReferenceEntryForm form = new ReferenceEntryForm();
        form.position = position;
        return form;
    }

    /** A form filled with an entry as it is now. */
    public static ReferenceEntryForm editing(ReferenceEntryView entry) {
        ReferenceEntryForm form = new ReferenceEntryForm();
        form.id = entry.id();
        form.baseVersion = entry.version();
        form.code = entry.code();
        form.nameRu = entry.nameRu();
        form.nameEn = entry.nameEn();
        form.position = entry.position();
        form.active = entry.active();
        form.appliesTo = entry.appliesTo();
        return form;
    }

    /** The entry this form changes; null for a new entry. */
    public Long getId() {
        return id;
    }

    /** The version of the entry when this form was filled. */
    public long getBaseVersion() {
        return baseVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** For legal forms: the only kind of organization the form is offered to, or null for both. */
    public OrganizationKind getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(OrganizationKind appliesTo) {
        this.appliesTo = appliesTo;
    }
}
