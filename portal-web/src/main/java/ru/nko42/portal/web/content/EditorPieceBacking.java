package ru.nko42.portal.web.content;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.content.boundary.Choice;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceChangedException;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.content.boundary.ProjectEditingService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentState;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.Dates;
import ru.nko42.portal.web.directory.FieldMessages;

/**
 * The edit form of one piece, {@code /editor/piece?id=N}: its texts, tags, slug and (news, events) project; publish now, at a date and time
 * in Kuzbass time, unpublish; a preview of the saved piece as visitors will see it. Publishing saves the form first,
 * so what is published is what the editor sees. What was typed survives every refusal; a save after someone
 * else's offers a reload.
 */
@Named
@ViewScoped
public class EditorPieceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "piece";

    @Inject
    ContentEditingService editing;

    @Inject
    @Any
    Instance<PieceDetailsForm> detailForms;

    @Inject
    ProjectEditingService projects;

    private Long id;
    private PieceView piece;
    private String title;
    private String lead;
    private String body;
    private String slug;
    private String tags;
    private Long projectId;
    private List<Choice> projectChoices;
    private LocalDateTime publishAt;
    private PublicPiece preview;
    private boolean changedElsewhere;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            show(editing.piece(id));
            detailsForm().ifPresent(form -> form.show(editing.details(id)));
        } catch (BusinessException e) {
            Faces.responseSendError(404, "");
        }
    }

    public void save() {
        if (saved()) {
            Messages.info("editor.piece.saved");
        }
    }

    public void showPreview() {
        if (saved()) {
            preview = editing.preview(piece.id());
        }
    }

    public void publishNow() {
        if (saved() && act(() -> editing.publishNow(piece.id(), piece.version()))) {
            Messages.info("editor.piece.published");
        }
    }

    public void schedule() {
        if (publishAt == null) {
            Messages.error(FORM + ":publishAt", "content.error.publishAt.required", null);
            return;
        }
        if (saved()
                && act(() -> editing.publishAt(
                        piece.id(),
                        piece.version(),
                        publishAt.atZone(Dates.KUZBASS).toInstant()))) {
            Messages.info("editor.piece.scheduled");
        }
    }

    public void unpublish() {
        if (act(() -> editing.unpublish(piece.id(), piece.version()))) {
            Messages.info("editor.piece.unpublished");
        }
    }

    /** Saves the form; false (with the messages shown) when it was refused. */
    private boolean saved() {
        return act(() -> editing.save(new PieceEdit(
                piece.id(),
                piece.version(),
                title,
                lead,
                body,
                slug,
                tags,
                detailsForm().map(PieceDetailsForm::details).orElse(null),
                projectId)));
    }

    /** The form for the details of the piece's kind, when it has any. */
    private Optional<PieceDetailsForm> detailsForm() {
        return detailForms.stream().filter(form -> form.kind() == piece.kind()).findFirst();
    }

    private boolean act(java.util.function.Supplier<PieceView> action) {
        try {
            PieceView result = action.get();
            piece = result;
            slug = result.slug();
            body = result.body();
            tags = result.tagsText();
            return true;
        } catch (InvalidContentException e) {
            FieldMessages.show(FORM, e.problems(), e.messageKey());
        } catch (PieceChangedException e) {
            changedElsewhere = true;
            Messages.error(null, e.messageKey(), null);
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
        return false;
    }

    private void show(PieceView view) {
        piece = view;
        title = view.title();
        lead = view.lead();
        body = view.body();
        slug = view.slug();
        tags = view.tagsText();
        projectId = view.projectId();
        publishAt = view.state() == ContentState.SCHEDULED && view.publishAt() != null
                ? LocalDateTime.ofInstant(view.publishAt(), Dates.KUZBASS)
                : null;
    }

    /** Whether visitors can reach the piece now or later: offers unpublishing. */
    public boolean isOnSite() {
        return piece.state() == ContentState.PUBLISHED || piece.state() == ContentState.SCHEDULED;
    }

    public boolean isChangedElsewhere() {
        return changedElsewhere;
    }

    public PieceView getPiece() {
        return piece;
    }

    public PublicPiece getPreview() {
        return preview;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    /** The projects a news item or an event may belong to, for its select. */
    public List<Choice> getProjectChoices() {
        if (projectChoices == null) {
            projectChoices = projects.projects();
        }
        return projectChoices;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public int getTitleLength() {
        return ContentPiece.TITLE_LENGTH;
    }

    public int getLeadLength() {
        return ContentPiece.LEAD_LENGTH;
    }

    public int getSlugLength() {
        return ContentPiece.SLUG_LENGTH;
    }
}
