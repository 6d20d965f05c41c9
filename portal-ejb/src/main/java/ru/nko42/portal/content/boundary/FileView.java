package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.nko42.portal.content.control.FileType;
import ru.nko42.portal.model.content.ContentFile;
import ru.nko42.portal.model.content.FilePurpose;

/**
 * A stored file as pages show it: its address ({@link #path()}, below the context root), name, title, type, size,
 * an image's pixel size and its place among the piece's attachments.
 */
public record FileView(
        long id,
        long pieceId,
        FilePurpose purpose,
        String key,
        String fileName,
        String title,
        String mediaType,
        long size,
        String sha256,
        Integer width,
        Integer height,
        int position)
        implements Serializable {

    static FileView of(ContentFile file) {
        return new FileView(
                file.getId(),
                file.getPiece().getId(),
                file.getPurpose(),
                file.getStorageKey(),
                file.getFileName(),
                file.getTitle(),
                file.getMediaType(),
                file.getSize(),
                file.getSha256(),
                file.getWidth(),
                file.getHeight(),
                file.getPosition());
    }

    /** The file's address: {@code /files/<key>/<name>}; the name is for people and saving, the key finds it. */
    public String path() {
        return "/files/" + key + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A short name of the type for lists: "PDF", "DOCX", "PNG"... */
    public String typeLabel() {
        FileType type = FileType.ofMediaType(mediaType);
        return type == null ? "" : type.name();
    }

    /** Whether browsers show the file in place (images, PDF) rather than save it. */
    public boolean inline() {
        FileType type = FileType.ofMediaType(mediaType);
        return type != null && type.isInline();
    }
}
