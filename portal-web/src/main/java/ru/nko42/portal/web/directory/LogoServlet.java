package ru.nko42.portal.web.directory;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import ru.nko42.portal.directory.boundary.LogoService;

/**
 * Serves organizations' logos at {@code /logos/<key>.png}. A key names a file that never changes, so browsers may
 * keep it for a year without asking again.
 */
@WebServlet("/logos/*")
public class LogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    LogoService logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<byte[]> png = path == null ? Optional.empty() : logos.logo(path.substring(1));
        if (png.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        response.setContentLength(png.get().length);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(png.get());
    }
}
