package ru.nko42.portal.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import ru.nko42.portal.content.boundary.ContentFileSiteService;
import ru.nko42.portal.content.boundary.FileView;
import ru.nko42.portal.content.boundary.StoredFile;
import ru.nko42.portal.content.control.FileNames;

/**
 * The files of the centre's site, {@code /files/<key>/<name>}: found by the key alone (a strict pattern, then the
 * database; the name is for people), sent with the stored media type, its length and name, never sniffed and
 * sandboxed, with its SHA-256 as the ETag. A public piece's files may be cached by anyone; the files of a piece
 * that is not public go to editors only and are 404 for everyone else, like an unknown key.
 */
@WebServlet("/files/*")
public class ContentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SANDBOX = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";
    private static final int PUBLIC_SECONDS = 86_400;

    @Inject
    ContentFileSiteService files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredFile stored = files.download(key(request.getPathInfo()));
        if (stored == null || !stored.publicNow() && !isEditor(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileView file = stored.file();
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", SANDBOX);
        response.setHeader(
                "Cache-Control", stored.publicNow() ? "public, max-age=" + PUBLIC_SECONDS : "private, no-store");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(file.fileName(), file.inline()));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(stored.bytes(), out);
        }
    }

    /** The key of {@code /<key>} or {@code /<key>/<name>}; anything else is no key. */
    private static String key(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2) {
            return null;
        }
        String rest = pathInfo.substring(1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static boolean isEditor(HttpServletRequest request) {
        return request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN");
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
