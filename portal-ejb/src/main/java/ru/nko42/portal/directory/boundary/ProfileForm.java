package ru.nko42.portal.directory.boundary;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.nko42.portal.model.directory.OrganizationDetails;

/**
 * A profile as a representative edits it: the details, the reference data by code, the logo by its stored key,
 * and what the form started from (the revision and its version), so that a save over someone else's newer save is
 * noticed instead of overwriting it. The submission key makes a form sent twice register one organization.
 */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Valid
    private OrganizationDetails details = new OrganizationDetails();

    private String legalForm;
    private String municipality;
    private List<String> activityAreas = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private String logoKey;
    private Long baseRevisionId;
    private long baseVersion;
    private final String submissionKey = UUID.randomUUID().toString();

    /** The form now stands on the given revision: the next save is checked against it. */
    public void basedOn(long revisionId, long version) {
        this.baseRevisionId = revisionId;
        this.baseVersion = version;
    }

    public OrganizationDetails getDetails() {
        return details;
    }

    public void setDetails(OrganizationDetails details) {
        this.details = details;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public List<String> getActivityAreas() {
        return activityAreas;
    }

    public void setActivityAreas(List<String> activityAreas) {
        this.activityAreas = activityAreas == null ? new ArrayList<>() : new ArrayList<>(activityAreas);
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public String getLogoKey() {
        return logoKey;
    }

    public void setLogoKey(String logoKey) {
        this.logoKey = logoKey;
    }

    public Long getBaseRevisionId() {
        return baseRevisionId;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }
}
