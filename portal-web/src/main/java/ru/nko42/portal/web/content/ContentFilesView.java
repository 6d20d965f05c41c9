package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.content.boundary.ContentFileService;
import ru.nko42.portal.content.boundary.ContentFileSiteService;
import ru.nko42.portal.content.boundary.FileView;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.content.control.FileNames;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.LanguageSwitcher;

/**
 * What the includes {@code content/cover.xhtml} and {@code content/attachments.xhtml} show: a piece's cover with
 * its pixel size, its documents (a public piece's for visitors; any piece's in the editor's preview) and sizes in
 * the reader's units.
 */
@Named("contentFiles")
@RequestScoped
public class ContentFilesView {

    @Inject
    ContentFileSiteService site;

    @Inject
    ContentFileService editing;

    @Inject
    LanguageSwitcher language;

    /** A page asks more than once for the same files (each use of the includes' variables): once per request. */
    private final Map<String, Object> asked = new HashMap<>();

    /** The cover of {@code piece}, or null without one. */
    public FileView cover(PublicPiece piece) {
        if (piece == null || piece.coverImageKey() == null) {
            return null;
        }
        return (FileView)
                asked.computeIfAbsent("cover:" + piece.coverImageKey(), key -> site.file(piece.coverImageKey()));
    }

    /** The documents of a piece: of a public one for everyone, of any piece for its editor's preview. */
    public List<FileView> attachments(Long pieceId, boolean preview) {
        if (pieceId == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<FileView> files = (List<FileView>) asked.computeIfAbsent(
                (preview ? "preview:" : "public:") + pieceId,
                key -> preview ? editing.files(pieceId).attachments() : site.attachments(pieceId));
        return files;
    }

    /** A size in the reader's units: "820 КБ", "1,4 МБ". */
    public String size(long bytes) {
        return FileNames.humanSize(
                bytes,
                language.getLocale(),
                Messages.text("content.file.unit.bytes"),
                Messages.text("content.file.unit.kilobytes"),
                Messages.text("content.file.unit.megabytes"));
    }
}
