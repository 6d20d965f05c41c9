package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.model.moderation.ReasonTemplate;
import ru.nko42.portal.moderation.boundary.InvalidReasonTemplateException;
import ru.nko42.portal.moderation.boundary.ReasonTemplateChangedException;
import ru.nko42.portal.moderation.boundary.ReasonTemplateForm;
import ru.nko42.portal.moderation.boundary.ReasonTemplateRow;
import ru.nko42.portal.moderation.boundary.ReasonTemplateService;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.directory.FieldMessages;

/**
 * The reason templates page, {@code /admin/reason-templates}, with {@code ?edit=<id>} while one template is edited:
 * every template, which the list moves up and down and switches off or on, and one form, which adds a template or
 * changes the edited one. What was typed survives every refusal; a save after someone else's offers a reload.
 */
@Named
@ViewScoped
public class ReasonTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/reason-templates";
    /** The id of the page's form, which adds a template or edits one. */
    private static final String FORM = "template";

    @Inject
    ReasonTemplateService service;

    private String editParameter;
    private List<ReasonTemplateRow> templates;
    private ReasonTemplateForm newTemplate;
    private ReasonTemplateForm edited;
    private boolean changedElsewhere;

    /** Page load: a template to edit that is not in the list is "not found". */
    public void load() throws IOException {
        templates = service.all();
        newTemplate = ReasonTemplateForm.newTemplate();
        if (editParameter != null) {
            edited = templates.stream()
                    .filter(template -> editParameter.equals(String.valueOf(template.id())))
                    .findFirst()
                    .map(ReasonTemplateForm::editing)
                    .orElse(null);
            if (edited == null) {
                Faces.responseSendError(404, "");
            }
        }
    }

    public String add() {
        try {
            service.add(newTemplate);
        } catch (InvalidReasonTemplateException e) {
            FieldMessages.show(FORM, e.problems(), e.messageKey());
            return null;
        }
        return backToList("admin.reasonTemplates.added");
    }

    public String save() {
        try {
            service.change(edited);
        } catch (InvalidReasonTemplateException e) {
            FieldMessages.show(FORM, e.problems(), e.messageKey());
            return null;
        } catch (ReasonTemplateChangedException e) {
            changedElsewhere = true;
            Messages.error(null, e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
            return null;
        }
        return backToList("admin.reasonTemplates.saved");
    }

    public void moveUp(ReasonTemplateRow template) throws IOException {
        inList(template, () -> service.moveUp(template.id(), template.version()), "admin.reasonTemplates.moved");
    }

    public void moveDown(ReasonTemplateRow template) throws IOException {
        inList(template, () -> service.moveDown(template.id(), template.version()), "admin.reasonTemplates.moved");
    }

    public void switchOff(ReasonTemplateRow template) throws IOException {
        inList(
                template,
                () -> service.setActive(template.id(), template.version(), false),
                "admin.reasonTemplates.switchedOff");
    }

    public void switchOn(ReasonTemplateRow template) throws IOException {
        inList(
                template,
                () -> service.setActive(template.id(), template.version(), true),
                "admin.reasonTemplates.switchedOn");
    }

    /**
     * A change from the list, done or refused, ends on the list as it now is, scrolled to the template, so that the
     * keyboard goes on from there; a refusal because someone else changed the template first says so.
     */
    private void inList(ReasonTemplateRow template, Runnable change, String doneKey) throws IOException {
        try {
            change.run();
            Messages.info(doneKey);
        } catch (ReasonTemplateChangedException e) {
            Messages.error(null, "admin.reasonTemplates.error.listChanged", null);
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
        Messages.keepForNextPage();
        Faces.redirect(PAGE.substring(1) + "#" + rowAnchor(template));
    }

    private String backToList(String messageKey) {
        Messages.info(messageKey);
        Messages.keepForNextPage();
        return PAGE + "?faces-redirect=true";
    }

    /** The id of the element that begins a template's row in the list. */
    public String rowAnchor(ReasonTemplateRow template) {
        return "reason-template-" + template.id();
    }

    public int getTitleLength() {
        return ReasonTemplate.TITLE_LENGTH;
    }

    public int getBodyLength() {
        return ReasonTemplate.BODY_LENGTH;
    }

    public List<ReasonTemplateRow> getTemplates() {
        return templates;
    }

    public ReasonTemplateForm getNewTemplate() {
        return newTemplate;
    }

    public ReasonTemplateForm getEdited() {
        return edited;
    }

    /** Set after a save refused because someone else saved first: the page offers to reload the template. */
    public boolean isChangedElsewhere() {
        return changedElsewhere;
    }

    public String getEditParameter() {
        return editParameter;
    }

    public void setEditParameter(String editParameter) {
        this.editParameter = editParameter;
    }
}
