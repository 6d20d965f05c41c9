package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.control.FileNames;
import ru.nko42.portal.content.control.FileStore;
import ru.nko42.portal.content.control.PieceFileWriter;
import ru.nko42.portal.model.content.ContentFile;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * The files of the centre's site as visitors reach them: the documents of a public piece, a cover's pixel size for
 * its {@code <img>}, and a stored file by its key, saying whether its piece is public (the caller serves the files
 * of other pieces to editors only). A key that is not of the strict storage form is never looked up.
 */
@Stateless
@PermitAll
public class ContentFileSiteService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PieceFileWriter writer;

    @Inject
    FileStore store;

    @Inject
    PortalClock clock;

    /** The attachments of the piece in their order, when the piece is public; else none. */
    public List<FileView> attachments(long pieceId) {
        ContentPiece piece = em.find(ContentPiece.class, pieceId);
        if (piece == null || !piece.isPublicAt(clock.now())) {
            return List.of();
        }
        return writer.attachments(piece).stream().map(FileView::of).toList();
    }

    /** The file stored under {@code key}, or null when the key is malformed or unknown. */
    public FileView file(String key) {
        ContentFile file = find(key);
        return file == null ? null : FileView.of(file);
    }

    /** The file to send for {@code key}, or null when there is none (or its bytes are gone). */
    public StoredFile download(String key) {
        ContentFile file = find(key);
        if (file == null) {
            return null;
        }
        java.nio.file.Path bytes = store.path(key);
        if (!java.nio.file.Files.isRegularFile(bytes)) {
            return null;
        }
        return new StoredFile(FileView.of(file), bytes, file.getPiece().isPublicAt(clock.now()));
    }

    private ContentFile find(String key) {
        if (!FileNames.isKey(key)) {
            return null;
        }
        return em.createNamedQuery(ContentFile.FIND_BY_KEY, ContentFile.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
