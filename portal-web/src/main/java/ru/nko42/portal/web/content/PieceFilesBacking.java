package ru.nko42.portal.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.content.boundary.ContentFileService;
import ru.nko42.portal.content.boundary.FileView;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceFiles;
import ru.nko42.portal.content.control.FileContentCheck;
import ru.nko42.portal.content.control.PieceFileWriter;
import ru.nko42.portal.web.account.Messages;

/**
 * The files blocks of the piece's editor, {@code /editor/piece?id=N}: the cover image (upload, replace, remove) and
 * the attachments (upload, listed under the file's name until the editor gives a title; retitle, move up and down, remove). Each block is a form of its own sent by
 * ajax, so what is typed in the piece's form stays as it is; a refused file is said next to its field.
 */
@Named
@ViewScoped
public class PieceFilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COVER_FORM = "coverForm";
    static final String FILES_FORM = "filesForm";

    @Inject
    ContentFileService files;

    @Inject
    EditorPieceBacking editor;

    private PieceFiles current;
    private final Map<Long, String> titles = new HashMap<>();

    public void uploadCover(FileUploadEvent event) {
        act(COVER_FORM, () -> {
            UploadedFile file = event.getFile();
            files.uploadCover(pieceId(), file.getFileName(), file.getContent());
            Messages.info("content.file.cover.uploaded");
        });
    }

    public void removeCover() {
        act(COVER_FORM, () -> {
            files.removeCover(pieceId());
            Messages.info("content.file.cover.removed");
        });
    }

    public void attach(FileUploadEvent event) {
        act(FILES_FORM, () -> {
            UploadedFile file = event.getFile();
            files.attach(pieceId(), file.getFileName(), null, file.getContent());
            Messages.info("content.file.attachment.uploaded");
        });
    }

    public void retitle(FileView file) {
        act(FILES_FORM, () -> {
            files.retitle(file.id(), titles.get(file.id()));
            Messages.info("content.file.attachment.retitled");
        });
    }

    public void moveUp(FileView file) {
        act(FILES_FORM, () -> files.move(file.id(), -1));
    }

    public void moveDown(FileView file) {
        act(FILES_FORM, () -> files.move(file.id(), 1));
    }

    public void remove(FileView file) {
        act(FILES_FORM, () -> {
            files.remove(file.id());
            Messages.info("content.file.attachment.removed");
        });
    }

    /** Runs an action on the files and shows them afresh; a refusal is said next to its field in {@code form}. */
    private void act(String form, Runnable action) {
        try {
            action.run();
        } catch (InvalidContentException e) {
            e.problems().forEach(problem -> Messages.error(form + ":" + problem.field(), problem.messageKey(), null));
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
        current = null;
    }

    public PieceFiles getFiles() {
        if (current == null) {
            current = files.files(pieceId());
            titles.clear();
            current.attachments().forEach(file -> titles.put(file.id(), file.title()));
        }
        return current;
    }

    private long pieceId() {
        return editor.getPiece().id();
    }

    public Map<Long, String> getTitles() {
        return titles;
    }

    public long getCoverSizeLimit() {
        return FileContentCheck.COVER_MAX_BYTES;
    }

    public long getAttachmentSizeLimit() {
        return FileContentCheck.ATTACHMENT_MAX_BYTES;
    }

    public int getMaxAttachments() {
        return PieceFileWriter.MAX_ATTACHMENTS;
    }
}
