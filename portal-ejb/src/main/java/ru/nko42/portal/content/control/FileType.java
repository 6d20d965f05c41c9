package ru.nko42.portal.content.control;

/**
 * The kinds of file the centre's site takes, as recognized by their content: images for covers, documents for
 * attachments. Each has the media type it is served with, the extension of its stored name and whether a browser
 * shows it in place (images) or downloads it (PDF and office documents: a PDF in place would run in the browser's
 * viewer, which the sandboxing policy of the served files blocks).
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    WEBP("image/webp", "webp", true),
    PDF("application/pdf", "pdf", false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false);

    private final String mediaType;
    private final String extension;
    private final boolean inline;

    FileType(String mediaType, String extension, boolean inline) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.inline = inline;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether a browser should show the file in place rather than save it. */
    public boolean isInline() {
        return inline;
    }

    /** The type served as {@code mediaType}, or null for one the site does not store. */
    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        return null;
    }
}
