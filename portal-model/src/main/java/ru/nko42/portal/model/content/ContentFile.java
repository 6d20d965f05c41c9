package ru.nko42.portal.model.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;

/**
 * A file of a piece, stored outside the web root under a random {@code storageKey}: what it is (media type, size,
 * SHA-256, an image's pixel size), its name as uploaded (cleaned for display and headers), the title an editor gave
 * an attachment, and its place among the piece's attachments.
 */
@Entity
@Table(name = "content_file")
@NamedQuery(name = ContentFile.FIND_BY_KEY, query = "SELECT f FROM ContentFile f WHERE f.storageKey = :key")
@NamedQuery(
        name = ContentFile.FIND_BY_PIECE,
        query = "SELECT f FROM ContentFile f WHERE f.piece.id = :piece AND f.purpose = :purpose"
                + " ORDER BY f.position, f.id")
@NamedQuery(name = ContentFile.FIND_BY_KEYS, query = "SELECT f FROM ContentFile f WHERE f.storageKey IN :keys")
public class ContentFile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_KEY = "ContentFile.findByKey";
    public static final String FIND_BY_PIECE = "ContentFile.findByPiece";
    public static final String FIND_BY_KEYS = "ContentFile.findByKeys";

    public static final int KEY_LENGTH = 60;
    public static final int FILE_NAME_LENGTH = 200;
    public static final int TITLE_LENGTH = 200;
    public static final int MEDIA_TYPE_LENGTH = 120;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "piece_id", nullable = false, updatable = false)
    private ContentPiece piece;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 20)
    private FilePurpose purpose;

    @NotBlank
    @Size(max = KEY_LENGTH)
    @Column(name = "storage_key", nullable = false, updatable = false, length = KEY_LENGTH)
    private String storageKey;

    @NotBlank
    @Size(max = FILE_NAME_LENGTH)
    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Size(max = TITLE_LENGTH)
    @Column(name = "title", length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = MEDIA_TYPE_LENGTH)
    @Column(name = "media_type", nullable = false, updatable = false, length = MEDIA_TYPE_LENGTH)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @NotBlank
    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "width", updatable = false)
    private Integer width;

    @Column(name = "height", updatable = false)
    private Integer height;

    @Column(name = "position", nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", updatable = false)
    private Account createdBy;

    protected ContentFile() {}

    public ContentFile(
            ContentPiece piece,
            FilePurpose purpose,
            String storageKey,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            Account createdBy) {
        this.piece = piece;
        this.purpose = purpose;
        this.storageKey = storageKey;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.createdBy = createdBy;
    }

    public ContentPiece getPiece() {
        return piece;
    }

    public FilePurpose getPurpose() {
        return purpose;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    /** The image's size in pixels, for covers. */
    public void setPixels(Integer width, Integer height) {
        this.width = width;
        this.height = height;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public Account getCreatedBy() {
        return createdBy;
    }
}
