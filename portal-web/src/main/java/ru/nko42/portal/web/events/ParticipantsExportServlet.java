package ru.nko42.portal.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.events.boundary.EventParticipants;
import ru.nko42.portal.events.boundary.EventParticipantsService;

/**
 * The participants of an event as a download, {@code /editor/participants/export?id=N&format=csv|xlsx}. Editors
 * only: web.xml's constraint on /editor/*, and the service's role check.
 */
@WebServlet("/editor/participants/export")
public class ParticipantsExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    EventParticipantsService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EventParticipants participants;
        try {
            participants = service.participants(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(
                "ru.nko42.portal.web.i18n.messages",
                "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
        List<List<String>> rows = ParticipantsSheet.rows(participants, texts);
        String name = "participants-" + participants.slug();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("xlsx".equals(request.getParameter("format"))) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"");
            ParticipantsSheet.xlsx(rows, response.getOutputStream());
        } else {
            response.setContentType("text/csv");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ParticipantsSheet.csv(rows, response.getWriter());
        }
    }
}
