package ru.nko42.portal.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import ru.nko42.portal.events.boundary.EventSiteService;

/** A public event's iCalendar file, {@code /events/<slug>.ics} (rewritten to {@code /events/ics?slug=}). */
@WebServlet("/events/ics")
public class EventCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventSiteService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("slug");
        Optional<String> file =
                slug == null || !slug.matches("[a-z0-9-]{1,120}") ? Optional.empty() : events.calendarFile(slug);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(file.get());
    }
}
