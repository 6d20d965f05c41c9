package ru.nko42.portal.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceRow;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.content.boundary.TeamEditingService;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentState;
import ru.nko42.portal.web.directory.FieldMessages;

/**
 * The editors' list, {@code /editor?kind=NEWS&state=DRAFT}: the pieces of one kind in one state or all (the team in
 * its order, with moves up and down), and the form that starts a new draft from its title.
 */
@Named
@ViewScoped
public class EditorListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds in the editors' menu, in its order. */
    private static final List<ContentKind> EDITABLE = List.of(
            ContentKind.NEWS,
            ContentKind.EVENT,
            ContentKind.PROJECT,
            ContentKind.PRACTICE,
            ContentKind.NGO_INFO,
            ContentKind.ACCOUNTANTS_CLUB,
            ContentKind.TEAM,
            ContentKind.ABOUT,
            ContentKind.REPORT);

    @Inject
    ContentEditingService editing;

    @Inject
    TeamEditingService team;

    private ContentKind kind = ContentKind.NEWS;
    private ContentState state;
    private List<PieceRow> pieces;
    private String newTitle;

    public void load() {
        pieces = isTeam() ? team.ordered(state) : editing.pieces(kind, state);
    }

    /** Whether the list is the team's, in the order the about page shows it, which editors change here. */
    public boolean isTeam() {
        return kind == ContentKind.TEAM;
    }

    public void moveUp(long id) {
        team.move(id, true);
        load();
    }

    public void moveDown(long id) {
        team.move(id, false);
        load();
    }

    /** Starts a draft and opens it for editing. */
    public String create() {
        try {
            PieceView draft = editing.create(kind, newTitle);
            return "/editor/piece?faces-redirect=true&id=" + draft.id();
        } catch (InvalidContentException e) {
            FieldMessages.show("create", e.problems(), e.messageKey());
            return null;
        }
    }

    public List<ContentKind> getKinds() {
        return EDITABLE;
    }

    public List<ContentState> getStates() {
        return List.of(ContentState.values());
    }

    public List<PieceRow> getPieces() {
        return pieces;
    }

    public ContentKind getKind() {
        return kind;
    }

    public void setKind(ContentKind kind) {
        this.kind = kind == null ? ContentKind.NEWS : kind;
    }

    public ContentState getState() {
        return state;
    }

    public void setState(ContentState state) {
        this.state = state;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public int getTitleLength() {
        return ru.nko42.portal.model.content.ContentPiece.TITLE_LENGTH;
    }
}
