package ru.nko42.portal.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * An entry of a reference list that administrators edit (legal forms, activity areas, target groups): a stable
 * code, a Russian and an English name, a place in the list, and whether it is still offered.
 */
@MappedSuperclass
public abstract class ReferenceEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[a-z0-9-]+")
    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_ru", nullable = false, length = NAME_LENGTH)
    private String nameRu;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @PositiveOrZero
    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected ReferenceEntry() {}

    protected ReferenceEntry(String code, String nameRu, String nameEn, int position) {
        this.code = code;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.position = position;
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameRu, nameEn);
    }

    public String getCode() {
        return code;
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
