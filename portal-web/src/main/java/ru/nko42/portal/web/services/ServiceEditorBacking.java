package ru.nko42.portal.web.services;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.List;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.services.boundary.InvalidServiceException;
import ru.nko42.portal.services.boundary.LocationForm;
import ru.nko42.portal.services.boundary.MyService;
import ru.nko42.portal.services.boundary.SavedService;
import ru.nko42.portal.services.boundary.ScheduleForm;
import ru.nko42.portal.services.boundary.ServiceChangedException;
import ru.nko42.portal.services.boundary.ServiceForm;
import ru.nko42.portal.services.boundary.ServiceListingService;
import ru.nko42.portal.services.boundary.ServicePage;
import ru.nko42.portal.services.boundary.ServicePageService;
import ru.nko42.portal.services.boundary.ServiceVocabularyService;
import ru.nko42.portal.web.account.Messages;

/**
 * The listing editor, {@code /account/service?id=} (or {@code ?organization=} for a new service): the whole form
 * with its rows added and removed on the server, saved as a draft, previewed as citizens will see it, submitted,
 * withdrawn, or taken out of the search.
 */
@Named
@ViewScoped
public class ServiceEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "service";

    /** The languages a listing offers to tick, ISO 639 codes; "rsl" is Russian Sign Language. */
    private static final List<String> LANGUAGES = List.of("ru", "en", "tt", "de", "uk", "ky", "uz", "tg", "rsl");

    @Inject
    ServiceListingService listings;

    @Inject
    ServicePageService pages;

    @Inject
    ServiceVocabularyService vocabularies;

    @Inject
    DirectoryOverviewService overview;

    private Long id;
    private Long organization;
    private ServiceForm form;
    private MyService status;
    private ServicePage preview;
    private ServiceChangedException conflict;
    private List<ReferenceItem> forms;
    private List<ReferenceItem> types;
    private List<ReferenceItem> categories;
    private List<MunicipalitySummary> municipalities;

    /** Page load: a service or organization the caller may not edit is "not found". */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        try {
            if (id != null) {
                form = listings.editForm(id);
                status = listings.status(id);
            } else if (organization != null) {
                form = listings.newForm(organization);
            } else {
                Faces.responseSendError(404, "");
            }
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

    /** After "changed by someone else": the member has looked and saves their own version over the newer one. */
    public String saveOverChanges() {
        if (conflict != null) {
            form.basedOn(conflict.currentRevisionId(), conflict.currentVersion());
        }
        return save(false);
    }

    /** Saves the draft and shows it as citizens will see it, below the form. */
    public void showPreview() {
        if (doSave(false) != null) {
            preview = pages.preview(id);
        }
    }

    public void hidePreview() {
        preview = null;
    }

    public String withdraw() {
        return act(() -> listings.withdraw(id), "service.withdrawn");
    }

    public String archive() {
        return act(() -> listings.archive(id), "service.archived");
    }

    private String save(boolean submitting) {
        SavedService saved = doSave(submitting);
        if (saved == null) {
            return null;
        }
        Messages.info(submitting ? "service.submitted" : "service.saved");
        Messages.keepForNextPage();
        return "/account/service?faces-redirect=true&id=" + saved.serviceId();
    }

    private SavedService doSave(boolean submitting) {
        conflict = null;
        preview = null;
        try {
            SavedService saved =
                    id == null ? listings.create(organization, form, submitting) : listings.save(id, form, submitting);
            id = saved.serviceId();
            form.basedOn(saved.revisionId(), saved.version());
            status = listings.status(id);
            return saved;
        } catch (InvalidServiceException e) {
            ServiceFieldIds.show(FORM, e.problems());
        } catch (ServiceChangedException e) {
            conflict = e;
            Messages.error(null, e.messageKey(), e.changedBy());
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
        return null;
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        Messages.info(doneKey);
        Messages.keepForNextPage();
        return "/account/service?faces-redirect=true&id=" + id;
    }

    public void addLocation() {
        LocationForm location = form.addLocation();
        if (!form.getLocations().isEmpty()) {
            location.setMunicipality(form.getLocations().get(0).getMunicipality());
        }
    }

    public void addRow(ScheduleForm schedule) {
        schedule.addRow();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isPending() {
        return status != null && status.waiting();
    }

    public boolean isPublished() {
        return status != null && status.isPublic();
    }

    public FeeKind[] getFees() {
        return FeeKind.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public List<ReferenceItem> getForms() {
        if (forms == null) {
            forms = vocabularies.serviceForms();
        }
        return forms;
    }

    public List<ReferenceItem> getTypes() {
        if (types == null) {
            types = vocabularies.serviceTypes();
        }
        return types;
    }

    public List<ReferenceItem> getCategories() {
        if (categories == null) {
            categories = vocabularies.recipientCategories();
        }
        return categories;
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

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
    }

    public ServiceForm getForm() {
        return form;
    }

    public MyService getStatus() {
        return status;
    }

    public ServicePage getPreview() {
        return preview;
    }

    public ServiceChangedException getConflict() {
        return conflict;
    }
}
