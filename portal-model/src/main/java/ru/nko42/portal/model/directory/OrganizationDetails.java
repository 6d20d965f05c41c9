package ru.nko42.portal.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import ru.nko42.portal.model.common.validation.Inn;
import ru.nko42.portal.model.common.validation.Kpp;
import ru.nko42.portal.model.common.validation.Ogrn;

/**
 * What a representative writes about an organization, as one revision holds it: names, registration numbers,
 * contacts, description, and the TOS's own fields. The reference data (legal form, municipality, activity areas,
 * target groups) sits beside it on the revision.
 */
@Embeddable
public class OrganizationDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FULL_NAME_LENGTH = 500;
    public static final int SHORT_NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 254;
    public static final int LINK_LENGTH = 300;
    public static final int PERSON_NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int TERRITORY_LENGTH = 2000;
    public static final int EARLIEST_YEAR = 1800;
    public static final int MOST_RESIDENTS = 5_000_000;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private OrganizationKind kind = OrganizationKind.NGO;

    @NotBlank
    @Size(max = FULL_NAME_LENGTH)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_LENGTH)
    private String fullName;

    @Size(max = SHORT_NAME_LENGTH)
    @Column(name = "short_name", length = SHORT_NAME_LENGTH)
    private String shortName;

    @Inn
    @Column(name = "inn", length = 12)
    private String inn;

    @Ogrn
    @Column(name = "ogrn", length = 15)
    private String ogrn;

    @Kpp
    @Column(name = "kpp", length = 9)
    private String kpp;

    @Size(max = ADDRESS_LENGTH)
    @Column(name = "postal_address", length = ADDRESS_LENGTH)
    private String postalAddress;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Column(name = "latitude")
    private Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Column(name = "longitude")
    private Double longitude;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = "\\+?[0-9 ()\\-]{5,40}", message = "{ru.nko42.portal.validation.Phone.message}")
    @Column(name = "phone", length = PHONE_LENGTH)
    private String phone;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    @Size(max = LINK_LENGTH)
    @Pattern(regexp = "https?://[^\\s<>\"]+", message = "{ru.nko42.portal.validation.Url.message}")
    @Column(name = "website", length = LINK_LENGTH)
    private String website;

    @Size(max = LINK_LENGTH)
    @Pattern(
            regexp = "https://(m\\.)?vk\\.(com|ru)/[A-Za-z0-9_.]+/?",
            message = "{ru.nko42.portal.validation.VkLink.message}")
    @Column(name = "vk_link", length = LINK_LENGTH)
    private String vkLink;

    @Size(max = LINK_LENGTH)
    @Pattern(
            regexp = "https://(t\\.me|telegram\\.me)/[A-Za-z0-9_]+/?",
            message = "{ru.nko42.portal.validation.TelegramLink.message}")
    @Column(name = "telegram_link", length = LINK_LENGTH)
    private String telegramLink;

    @Size(max = LINK_LENGTH)
    @Pattern(
            regexp = "https://(www\\.)?ok\\.ru/[A-Za-z0-9_./-]+",
            message = "{ru.nko42.portal.validation.OkLink.message}")
    @Column(name = "ok_link", length = LINK_LENGTH)
    private String okLink;

    @Size(max = PERSON_NAME_LENGTH)
    @Column(name = "head_name", length = PERSON_NAME_LENGTH)
    private String headName;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Min(EARLIEST_YEAR)
    @Max(2100)
    @Column(name = "year_founded")
    private Integer yearFounded;

    @Size(max = TERRITORY_LENGTH)
    @Column(name = "tos_territory", length = TERRITORY_LENGTH)
    private String tosTerritory;

    @PositiveOrZero
    @Max(MOST_RESIDENTS)
    @Column(name = "tos_residents")
    private Integer tosResidents;

    @PastOrPresent
    @Column(name = "tos_founding_meeting")
    private LocalDate tosFoundingMeeting;

    @Column(name = "tos_legal_entity", nullable = false)
    private boolean tosLegalEntity;

    @Size(max = PERSON_NAME_LENGTH)
    @Column(name = "tos_chairman", length = PERSON_NAME_LENGTH)
    private String tosChairman;

    public OrganizationDetails() {}

    /** A detached copy, for a form to change without touching the stored revision. */
    public OrganizationDetails copy() {
        OrganizationDetails copy = new OrganizationDetails();
        copy.kind = kind;
        copy.fullName = fullName;
        copy.shortName = shortName;
        copy.inn = inn;
        copy.ogrn = ogrn;
        copy.kpp = kpp;
        copy.postalAddress = postalAddress;
        copy.latitude = latitude;
        copy.longitude = longitude;
        copy.phone = phone;
        copy.email = email;
        copy.website = website;
        copy.vkLink = vkLink;
        copy.telegramLink = telegramLink;
        copy.okLink = okLink;
        copy.headName = headName;
        copy.description = description;
        copy.yearFounded = yearFounded;
        copy.tosTerritory = tosTerritory;
        copy.tosResidents = tosResidents;
        copy.tosFoundingMeeting = tosFoundingMeeting;
        copy.tosLegalEntity = tosLegalEntity;
        copy.tosChairman = tosChairman;
        return copy;
    }

    /** Whether the organization is registered as a legal entity: every NGO, and a TOS that says so. */
    public boolean isLegalEntity() {
        return kind != OrganizationKind.TOS || tosLegalEntity;
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    /** The short name where there is one, else the full name. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getInn() {
        return inn;
    }

    public void setInn(String inn) {
        this.inn = inn;
    }

    public String getOgrn() {
        return ogrn;
    }

    public void setOgrn(String ogrn) {
        this.ogrn = ogrn;
    }

    public String getKpp() {
        return kpp;
    }

    public void setKpp(String kpp) {
        this.kpp = kpp;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getVkLink() {
        return vkLink;
    }

    public void setVkLink(String vkLink) {
        this.vkLink = vkLink;
    }

    public String getTelegramLink() {
        return telegramLink;
    }

    public void setTelegramLink(String telegramLink) {
        this.telegramLink = telegramLink;
    }

    public String getOkLink() {
        return okLink;
    }

    public void setOkLink(String okLink) {
        this.okLink = okLink;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getYearFounded() {
        return yearFounded;
    }

    public void setYearFounded(Integer yearFounded) {
        this.yearFounded = yearFounded;
    }

    public String getTosTerritory() {
        return tosTerritory;
    }

    public void setTosTerritory(String tosTerritory) {
        this.tosTerritory = tosTerritory;
    }

    public Integer getTosResidents() {
        return tosResidents;
    }

    public void setTosResidents(Integer tosResidents) {
        this.tosResidents = tosResidents;
    }

    public LocalDate getTosFoundingMeeting() {
        return tosFoundingMeeting;
    }

    public void setTosFoundingMeeting(LocalDate tosFoundingMeeting) {
        this.tosFoundingMeeting = tosFoundingMeeting;
    }

    public boolean isTosLegalEntity() {
        return tosLegalEntity;
    }

    public void setTosLegalEntity(boolean tosLegalEntity) {
        this.tosLegalEntity = tosLegalEntity;
    }

    public String getTosChairman() {
        return tosChairman;
    }

    public void setTosChairman(String tosChairman) {
        this.tosChairman = tosChairman;
    }
}
