package ru.nko42.portal.model.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import ru.nko42.portal.model.common.BaseEntity;
import ru.nko42.portal.model.common.Bilingual;

/**
 * A top-level municipal formation of Kemerovo region (Kuzbass): a urban okrug, a municipal okrug or a
 * municipal district. Reference data, seeded by a migration and edited by administrators.
 */
@Entity
@Table(name = "municipality")
@Cacheable
@NamedQuery(name = Municipality.FIND_ALL, query = "SELECT m FROM Municipality m ORDER BY m.nameRu")
@NamedQuery(name = Municipality.FIND_BY_CODE, query = "SELECT m FROM Municipality m WHERE m.code = :code")
@NamedQuery(name = Municipality.COUNT, query = "SELECT COUNT(m) FROM Municipality m")
public class Municipality extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Municipality.findAll";
    public static final String FIND_BY_CODE = "Municipality.findByCode";
    public static final String COUNT = "Municipality.count";

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 120;
    public static final int KIND_LENGTH = 40;
    public static final int ADMIN_CENTRE_LENGTH = 80;

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

    @NotBlank
    @Size(max = KIND_LENGTH)
    @Column(name = "kind", nullable = false, length = KIND_LENGTH)
    private String kind;

    @NotBlank
    @Size(max = ADMIN_CENTRE_LENGTH)
    @Column(name = "admin_centre", nullable = false, length = ADMIN_CENTRE_LENGTH)
    private String adminCentre;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Column(name = "latitude", nullable = false)
    private double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Column(name = "longitude", nullable = false)
    private double longitude;

    @Column(name = "coords_approximate", nullable = false)
    private boolean coordinatesApproximate;

    protected Municipality() {}

    public Municipality(String code, String nameRu, String nameEn, String kind, String adminCentre) {
        this.code = code;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.kind = kind;
        this.adminCentre = adminCentre;
    }

    /** The name in the given language: English for English, Russian for every other language. */
    public String name(Locale locale) {
        return Bilingual.pick(locale, nameRu, nameEn);
    }

    public String getCode() {
        return code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getKind() {
        return kind;
    }

    public String getAdminCentre() {
        return adminCentre;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public void setPoint(double latitude, double longitude, boolean approximate) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.coordinatesApproximate = approximate;
    }

    public boolean isCoordinatesApproximate() {
        return coordinatesApproximate;
    }
}
