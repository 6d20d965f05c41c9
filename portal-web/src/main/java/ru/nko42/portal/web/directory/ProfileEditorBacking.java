package ru.nko42.portal.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.InvalidProfileException;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.directory.boundary.OrganizationExistsException;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileChangedException;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.directory.boundary.ReferenceListService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.directory.control.LogoImage;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.web.account.Messages;

/**
 * The profile form, {@code /account/profile}: a new organization ({@code ?kind=NGO|TOS}) or the working revision of
 * one the caller represents ({@code ?id=}). Saves a draft or submits it for moderation. What was typed survives
 * every refusal: field rules, an organization registered already (then a claim is offered), someone else's save.
 */
@Named
@ViewScoped
public class ProfileEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "profile";

    @Inject
    OrganizationProfileService profiles;

    @Inject
    ClaimService claims;

    @Inject
    ReferenceListService referenceLists;

    @Inject
    DirectoryOverviewService overview;

    private Long id;
    private String kind;
    private ProfileForm form;
    private transient Part logoUpload;
    private boolean removeLogo;
    private ProfileChangedException conflict;
    private OrganizationExistsException existing;
    private String claimMessage;
    /** The choices the form offers, read once per view. */
    private List<ReferenceItem> legalForms;

    private List<ReferenceItem> activityAreas;
    private List<ReferenceItem> targetGroups;
    private List<MunicipalitySummary> municipalities;

    /** Page load: an organization the caller may not edit is "not found". */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            form = id == null ? profiles.newForm(kindParameter()) : profiles.editForm(id);
        } catch (NotPermittedException e) {
            Faces.responseSendError(404, "");
        }
    }

    public String saveDraft() {
        return save(false);
    }

    public String submit() {
        return save(true);
    }

    /** After "changed by someone else": the user has seen it and saves their own version over the newer one. */
    public String saveOverChanges() {
        if (conflict != null) {
            form.basedOn(conflict.currentRevisionId(), conflict.currentVersion());
        }
        return save(false);
    }

    public String claim() {
        if (existing == null) {
            return null;
        }
        try {
            claims.claim(existing.organizationId(), claimMessage);
        } catch (InvalidInputException e) {
            Messages.error(FORM + ":claimMessage", e.messageKey(), null);
            return null;
        }
        Messages.info("profile.claim.sent");
        Messages.keepForNextPage();
        return "/account/index?faces-redirect=true";
    }

    private String save(boolean submitting) {
        conflict = null;
        existing = null;
        if (!takeLogo()) {
            return null;
        }
        try {
            SavedRevision saved =
                    id == null ? profiles.register(form, submitting) : profiles.save(id, form, submitting);
            Messages.info(submitting ? "profile.submitted" : "profile.saved");
            Messages.keepForNextPage();
            return "/account/organization?faces-redirect=true&id=" + saved.organizationId();
        } catch (InvalidProfileException e) {
            FieldMessages.show(FORM, e.problems());
        } catch (ProfileChangedException e) {
            conflict = e;
            Messages.error(null, e.messageKey(), e.changedBy());
        } catch (OrganizationExistsException e) {
            existing = e;
            Messages.error(null, e.messageKey(), e.organizationName());
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
        return null;
    }

    /** Stores an uploaded logo first, so the save refers to it; false if it was refused. */
    private boolean takeLogo() {
        if (removeLogo) {
            form.setLogoKey(null);
            removeLogo = false;
        }
        if (logoUpload == null || logoUpload.getSize() == 0) {
            return true;
        }
        if (logoUpload.getSize() > LogoImage.MAX_BYTES) {
            Messages.error(FORM + ":logo", "logo.error.tooLarge", null);
            return false;
        }
        try (InputStream in = logoUpload.getInputStream()) {
            form.setLogoKey(profiles.storeLogo(in.readNBytes(LogoImage.MAX_BYTES + 1)));
            return true;
        } catch (InvalidInputException e) {
            Messages.error(FORM + ":logo", e.messageKey(), null);
            return false;
        } catch (IOException e) {
            Messages.error(FORM + ":logo", "logo.error.notImage", null);
            return false;
        } finally {
            logoUpload = null;
        }
    }

    private OrganizationKind kindParameter() {
        return "TOS".equalsIgnoreCase(kind) ? OrganizationKind.TOS : OrganizationKind.NGO;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isTos() {
        return form != null && form.getDetails().getKind() == OrganizationKind.TOS;
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public List<ReferenceItem> getLegalForms() {
        if (legalForms == null) {
            legalForms = referenceLists.legalForms(null);
        }
        return legalForms;
    }

    public List<ReferenceItem> getActivityAreas() {
        if (activityAreas == null) {
            activityAreas = referenceLists.activityAreas();
        }
        return activityAreas;
    }

    public List<ReferenceItem> getTargetGroups() {
        if (targetGroups == null) {
            targetGroups = referenceLists.targetGroups();
        }
        return targetGroups;
    }

    public List<MunicipalitySummary> getMunicipalities() {
        if (municipalities == null) {
            municipalities = overview.summary().municipalities();
        }
        return municipalities;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public ProfileForm getForm() {
        return form;
    }

    public Part getLogoUpload() {
        return logoUpload;
    }

    public void setLogoUpload(Part logoUpload) {
        this.logoUpload = logoUpload;
    }

    public boolean isRemoveLogo() {
        return removeLogo;
    }

    public void setRemoveLogo(boolean removeLogo) {
        this.removeLogo = removeLogo;
    }

    public ProfileChangedException getConflict() {
        return conflict;
    }

    public OrganizationExistsException getExisting() {
        return existing;
    }

    public String getClaimMessage() {
        return claimMessage;
    }

    public void setClaimMessage(String claimMessage) {
        this.claimMessage = claimMessage;
    }
}
