package ru.nko42.portal.content.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.content.control.ContentFileTitles;
import ru.nko42.portal.content.control.PieceFileWriter;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentFile;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.FilePurpose;

/**
 * Editors' work on the files of a piece: its cover image (upload, replace, remove) and its attachments (upload,
 * retitle, reorder, remove). Every file is checked by its content before it is kept; every upload and removal is
 * audited on the piece. None of this changes the piece's version, so the editor's open form stays saveable.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class ContentFileService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PieceFileWriter writer;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** The piece's cover and attachments. */
    public PieceFiles files(long pieceId) {
        ContentPiece piece = piece(pieceId);
        ContentFile cover = writer.cover(piece);
        return new PieceFiles(
                cover == null ? null : FileView.of(cover),
                writer.attachments(piece).stream().map(FileView::of).toList());
    }

    /** Makes the uploaded image the piece's cover (JPEG, PNG or WebP), replacing the one it had. */
    public FileView uploadCover(long pieceId, String fileName, byte[] bytes) {
        ContentPiece piece = piece(pieceId);
        ContentFile previous = writer.cover(piece);
        Map<String, Object> before = previous == null ? null : fields(previous);
        ContentFile cover = writer.setCover(piece, fileName, bytes, caller());
        audit.record("content.file.upload", AuditItem.CONTENT_PIECE, pieceId, before, fields(cover));
        return FileView.of(cover);
    }

    /** Leaves the piece without a cover. */
    public void removeCover(long pieceId) {
        ContentPiece piece = piece(pieceId);
        ContentFile cover = writer.cover(piece);
        if (cover != null) {
            Map<String, Object> before = fields(cover);
            writer.remove(cover);
            audit.record("content.file.remove", AuditItem.CONTENT_PIECE, pieceId, before, null);
        }
    }

    /** Adds the uploaded document (PDF, DOCX or XLSX) as the piece's last attachment. */
    public FileView attach(long pieceId, String fileName, String title, byte[] bytes) {
        ContentFile file = writer.attach(piece(pieceId), fileName, title, bytes, caller());
        audit.record("content.file.upload", AuditItem.CONTENT_PIECE, pieceId, null, fields(file));
        return FileView.of(file);
    }

    /** Gives an attachment the title it is listed under (its file's name when blank). */
    public FileView retitle(long fileId, String title) {
        ContentFile file = attachment(fileId);
        Map<String, Object> before = fields(file);
        file.setTitle(ContentFileTitles.orFileName(title, file.getFileName()));
        em.flush();
        audit.record(
                "content.file.retitle", AuditItem.CONTENT_PIECE, file.getPiece().getId(), before, fields(file));
        return FileView.of(file);
    }

    /** Moves an attachment one place up ({@code -1}) or down ({@code +1}) in its piece's list. */
    public List<FileView> move(long fileId, int step) {
        ContentFile file = attachment(fileId);
        List<ContentFile> order = new ArrayList<>(writer.attachments(file.getPiece()));
        int from = order.indexOf(file);
        int to = from + Integer.signum(step);
        if (to >= 0 && to < order.size()) {
            order.add(to, order.remove(from));
            for (int position = 0; position < order.size(); position++) {
                order.get(position).setPosition(position);
            }
            em.flush();
        }
        return order.stream().map(FileView::of).toList();
    }

    /** Removes an attachment; its bytes are deleted once the removal is committed. */
    public void remove(long fileId) {
        ContentFile file = attachment(fileId);
        long pieceId = file.getPiece().getId();
        Map<String, Object> before = fields(file);
        writer.remove(file);
        audit.record("content.file.remove", AuditItem.CONTENT_PIECE, pieceId, before, null);
    }

    private ContentPiece piece(long id) {
        ContentPiece piece = em.find(ContentPiece.class, id);
        if (piece == null) {
            throw new InvalidInputException("content.error.missing");
        }
        return piece;
    }

    private ContentFile attachment(long id) {
        ContentFile file = em.find(ContentFile.class, id);
        if (file == null || file.getPurpose() != FilePurpose.ATTACHMENT) {
            throw new InvalidInputException("content.file.error.missing");
        }
        return file;
    }

    private Account caller() {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", session.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> fields(ContentFile file) {
        return Changes.of(
                "purpose", file.getPurpose(),
                "key", file.getStorageKey(),
                "fileName", file.getFileName(),
                "title", file.getTitle(),
                "mediaType", file.getMediaType(),
                "size", file.getSize(),
                "sha256", file.getSha256());
    }
}
