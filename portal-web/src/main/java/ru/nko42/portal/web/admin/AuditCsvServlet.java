package ru.nko42.portal.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.nko42.portal.audit.boundary.AuditQuery;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.audit.control.CsvCells;

/**
 * The audit log search of {@code /admin/audit} as a CSV file for spreadsheets: UTF-8 with a byte order mark,
 * semicolons, formulas neutralised. Only administrators reach it (web.xml, and the service's role check).
 */
@WebServlet("/admin/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Rows read from the database at a time. */
    private static final int BATCH = 1000;
    /** The most rows one export holds; a narrower search gets the rest. */
    static final int MAX_ROWS = 100_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> COLUMNS =
            List.of("time", "actor", "actorId", "action", "itemType", "itemId", "before", "after", "address");

    @Inject
    AuditQueryService audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query = AuditSearch.from(request::getParameter).query();
        ResourceBundle bundle = ResourceBundle.getBundle(
                "ru.nko42.portal.web.i18n.messages",
                "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        Writer out = response.getWriter();
        out.write(CsvCells.BOM);
        out.write(CsvCells.line(COLUMNS.stream()
                .map(column -> bundle.getString("admin.audit.column." + column))
                .toList()));
        for (int first = 0; first < MAX_ROWS; first += BATCH) {
            List<AuditRow> rows = audit.search(query, first, BATCH);
            for (AuditRow row : rows) {
                out.write(CsvCells.line(Arrays.asList(
                        TIME.format(row.occurredAt().atZone(AuditQueryService.KUZBASS)),
                        row.actorEmail(),
                        row.actorId(),
                        row.action(),
                        row.itemType(),
                        row.itemId(),
                        row.before(),
                        row.after(),
                        row.clientAddress())));
            }
            if (rows.size() < BATCH) {
                break;
            }
        }
    }
}
