package ru.nko42.portal.model.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a piece of kind {@link ContentKind#PROJECT} has beyond the common fields: the funder, the grant's number and
 * period (dates in Kuzbass), goals, results and the partner organizations of the directory (their ids).
 */
@Entity
@Table(name = "content_project")
@NamedQuery(name = ContentProject.FIND_BY_IDS, query = "SELECT d FROM ContentProject d WHERE d.pieceId IN :ids")
public class ContentProject implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_IDS = "ContentProject.findByIds";

    public static final int FUNDER_LENGTH = 200;
    public static final int GRANT_NUMBER_LENGTH = 60;
    public static final int TEXT_LENGTH = 5000;
    public static final int MAX_PARTNERS = 30;

    @Id
    @Column(name = "piece_id")
    private Long pieceId;

    @Size(max = FUNDER_LENGTH)
    @Column(name = "funder", length = FUNDER_LENGTH)
    private String funder;

    @Size(max = GRANT_NUMBER_LENGTH)
    @Column(name = "grant_number", length = GRANT_NUMBER_LENGTH)
    private String grantNumber;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Size(max = TEXT_LENGTH)
    @Column(name = "goals", length = TEXT_LENGTH)
    private String goals;

    @Size(max = TEXT_LENGTH)
    @Column(name = "results", length = TEXT_LENGTH)
    private String results;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_project_partner", joinColumns = @JoinColumn(name = "piece_id"))
    @Column(name = "organization_id", nullable = false)
    private Set<Long> partnerIds = new TreeSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected ContentProject() {}

    public ContentProject(long pieceId) {
        this.pieceId = pieceId;
    }

    public Long getPieceId() {
        return pieceId;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public String getGrantNumber() {
        return grantNumber;
    }

    public void setGrantNumber(String grantNumber) {
        this.grantNumber = grantNumber;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Set<Long> partnerIds) {
        this.partnerIds.clear();
        this.partnerIds.addAll(partnerIds);
    }
}
