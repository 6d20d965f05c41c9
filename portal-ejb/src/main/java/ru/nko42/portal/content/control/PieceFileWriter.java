package ru.nko42.portal.content.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentFile;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.FilePurpose;

/**
 * Stores and removes the files of pieces inside the caller's transaction: the bytes go to the {@link FileStore} at
 * once and are taken back if the transaction rolls back; removed bytes are deleted only once it has committed. The
 * piece's {@code cover_image_key} is the one record of which file is its cover; it is changed by an update that
 * leaves the piece's version alone, so a form an editor has open over the piece can still be saved.
 */
@ApplicationScoped
public class PieceFileWriter {

    /** The most attachments one piece may carry. */
    public static final int MAX_ATTACHMENTS = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    FileStore store;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Makes {@code bytes} the piece's cover, replacing the one it had. */
    public ContentFile setCover(ContentPiece piece, String uploadedName, byte[] bytes, Account by) {
        CheckedFile checked = FileContentCheck.cover(bytes, "cover");
        ContentFile previous = cover(piece);
        ContentFile file = stored(piece, FilePurpose.COVER, uploadedName, bytes, checked, by);
        if (previous != null) {
            remove(previous);
        }
        pointCoverAt(piece, file.getStorageKey());
        return file;
    }

    /** Adds {@code bytes} as the piece's last attachment, titled {@code title} (the file's name when blank). */
    public ContentFile attach(ContentPiece piece, String uploadedName, String title, byte[] bytes, Account by) {
        List<ContentFile> attachments = attachments(piece);
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw InvalidContentException.of("attachment", "content.file.error.attachment.tooMany");
        }
        CheckedFile checked = FileContentCheck.attachment(bytes, "attachment");
        ContentFile file = stored(piece, FilePurpose.ATTACHMENT, uploadedName, bytes, checked, by);
        file.setTitle(ContentFileTitles.orFileName(title, file.getFileName()));
        file.setPosition(
                attachments.isEmpty()
                        ? 0
                        : attachments.get(attachments.size() - 1).getPosition() + 1);
        em.flush();
        return file;
    }

    /** Removes the file; a cover leaves its piece without one. */
    public void remove(ContentFile file) {
        if (file.getPurpose() == FilePurpose.COVER
                && file.getStorageKey().equals(file.getPiece().getCoverImageKey())) {
            pointCoverAt(file.getPiece(), null);
        }
        String key = file.getStorageKey();
        em.remove(file);
        em.flush();
        afterCompletion(committed -> {
            if (committed) {
                store.delete(key);
            }
        });
    }

    /** The file that is the piece's cover, or null. */
    public ContentFile cover(ContentPiece piece) {
        String key = piece.getCoverImageKey();
        if (key == null) {
            return null;
        }
        return em.createNamedQuery(ContentFile.FIND_BY_KEY, ContentFile.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The piece's attachments in their order. */
    public List<ContentFile> attachments(ContentPiece piece) {
        return em.createNamedQuery(ContentFile.FIND_BY_PIECE, ContentFile.class)
                .setParameter("piece", piece.getId())
                .setParameter("purpose", FilePurpose.ATTACHMENT)
                .getResultList();
    }

    private ContentFile stored(
            ContentPiece piece,
            FilePurpose purpose,
            String uploadedName,
            byte[] bytes,
            CheckedFile checked,
            Account by) {
        String key = FileNames.newKey(checked.type());
        store.write(key, bytes);
        afterCompletion(committed -> {
            if (!committed) {
                store.delete(key);
            }
        });
        ContentFile file = new ContentFile(
                piece,
                purpose,
                key,
                FileNames.display(uploadedName, checked.type()),
                checked.type().mediaType(),
                bytes.length,
                sha256(bytes),
                by);
        file.setPixels(checked.width(), checked.height());
        em.persist(file);
        em.flush();
        return file;
    }

    private void pointCoverAt(ContentPiece piece, String key) {
        // native, as a JPQL bulk update would raise the piece's version (EclipseLink counts it as a change)
        em.createNativeQuery("UPDATE content_piece SET cover_image_key = ? WHERE id = ?")
                .setParameter(1, key)
                .setParameter(2, piece.getId())
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(ContentPiece.class, piece.getId());
        em.refresh(piece);
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                work.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
