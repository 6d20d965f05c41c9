package ru.nko42.portal.model.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.nko42.portal.model.common.BaseEntity;

/** A member of the directory: an NGO or a TOS, registered in one municipality. */
@Entity
@Table(name = "organization")
@NamedQuery(
        name = Organization.COUNT_IN_STATE_IN_MUNICIPALITY,
        query = "SELECT COUNT(o) FROM Organization o WHERE o.state = :state AND o.municipality = :municipality")
@NamedQuery(
        name = Organization.COUNT_IN_STATE_BY_MUNICIPALITY,
        query = "SELECT o.municipality.id, COUNT(o) FROM Organization o WHERE o.state = :state"
                + " GROUP BY o.municipality.id")
public class Organization extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String COUNT_IN_STATE_IN_MUNICIPALITY = "Organization.countInStateInMunicipality";
    public static final String COUNT_IN_STATE_BY_MUNICIPALITY = "Organization.countInStateByMunicipality";

    public static final int FULL_NAME_LENGTH = 500;
    public static final int SHORT_NAME_LENGTH = 200;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private OrganizationKind kind;

    @NotBlank
    @Size(max = FULL_NAME_LENGTH)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_LENGTH)
    private String fullName;

    @Size(max = SHORT_NAME_LENGTH)
    @Column(name = "short_name", length = SHORT_NAME_LENGTH)
    private String shortName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PublicationState state = PublicationState.DRAFT;

    protected Organization() {}

    public Organization(OrganizationKind kind, String fullName, Municipality municipality) {
        this.kind = kind;
        this.fullName = fullName;
        this.municipality = municipality;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public PublicationState getState() {
        return state;
    }

    public void setState(PublicationState state) {
        this.state = state;
    }
}
