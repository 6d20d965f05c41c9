package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.directory.boundary.InvalidReferenceEntryException;
import ru.nko42.portal.directory.boundary.ReferenceEntryChangedException;
import ru.nko42.portal.directory.boundary.ReferenceEntryForm;
import ru.nko42.portal.directory.boundary.ReferenceEntryView;
import ru.nko42.portal.directory.boundary.ReferenceList;
import ru.nko42.portal.directory.boundary.ReferenceListAdminService;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.directory.FieldMessages;

/**
 * The reference lists page, {@code
 * /admin/reference-lists?list=legal-form|activity-area|target-group|recipient-category}, with
 * {@code &edit=<id>} while one entry is edited: every entry of the chosen list and one form, which adds an entry or
 * changes the edited one. What was typed survives every refusal; a save after someone else's offers a reload.
 */
@Named
@ViewScoped
public class ReferenceListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int POSITION_STEP = 10;
    /** The id of the page's form, which adds an entry or edits one. */
    private static final String FORM = "entry";

    @Inject
    ReferenceListAdminService service;

    private String listParameter;
    private String editParameter;
    private ReferenceList list;
    private List<ReferenceEntryView> entries;
    private ReferenceEntryForm newEntry;
    private ReferenceEntryForm edited;
    private boolean changedElsewhere;

    /** Page load: no list is the first one; an unknown list, or an entry not in it, is "not found". */
    public void load() throws IOException {
        list = listParameter == null
                ? ReferenceList.LEGAL_FORM
                : ReferenceList.bySlug(listParameter).orElse(null);
        if (list == null) {
            Faces.responseSendError(404, "");
            return;
        }
        entries = service.entries(list);
        newEntry = ReferenceEntryForm.newEntry(nextPosition());
        if (editParameter != null) {
            edited = entries.stream()
                    .filter(entry -> editParameter.equals(String.valueOf(entry.id())))
                    .findFirst()
                    .map(ReferenceEntryForm::editing)
                    .orElse(null);
            if (edited == null) {
                Faces.responseSendError(404, "");
            }
        }
    }

    public String add() {
        try {
            service.add(list, newEntry);
        } catch (InvalidReferenceEntryException e) {
            FieldMessages.show(FORM, e.problems(), "admin.reference.error.summary");
            return null;
        }
        return backToList("admin.reference.added");
    }

    public String save() {
        try {
            service.change(list, edited);
        } catch (InvalidReferenceEntryException e) {
            FieldMessages.show(FORM, e.problems(), "admin.reference.error.summary");
            return null;
        } catch (ReferenceEntryChangedException e) {
            changedElsewhere = true;
            Messages.error(null, e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        return backToList("admin.reference.saved");
    }

    private String backToList(String messageKey) {
        Messages.info(messageKey);
        Messages.keepForNextPage();
        return "/admin/reference-lists?faces-redirect=true&list=" + list.slug();
    }

    private int nextPosition() {
        return entries.stream()
                .mapToInt(ReferenceEntryView::position)
                .map(position -> position + POSITION_STEP)
                .max()
                .orElse(POSITION_STEP);
    }

    public List<ReferenceList> getLists() {
        return List.of(ReferenceList.values());
    }

    public boolean isCurrent(ReferenceList candidate) {
        return candidate == list;
    }

    public int getCodeLength() {
        return ReferenceEntry.CODE_LENGTH;
    }

    public int getNameLength() {
        return ReferenceEntry.NAME_LENGTH;
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public ReferenceList getList() {
        return list;
    }

    public List<ReferenceEntryView> getEntries() {
        return entries;
    }

    public ReferenceEntryForm getNewEntry() {
        return newEntry;
    }

    public ReferenceEntryForm getEdited() {
        return edited;
    }

    /** Set after a save refused because someone else saved first: the page offers to reload the entry. */
    public boolean isChangedElsewhere() {
        return changedElsewhere;
    }

    public String getListParameter() {
        return listParameter;
    }

    public void setListParameter(String listParameter) {
        this.listParameter = listParameter;
    }

    public String getEditParameter() {
        return editParameter;
    }

    public void setEditParameter(String editParameter) {
        this.editParameter = editParameter;
    }
}
