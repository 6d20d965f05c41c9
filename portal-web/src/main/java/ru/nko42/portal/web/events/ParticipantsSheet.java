package ru.nko42.portal.web.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.nko42.portal.audit.control.CsvCells;
import ru.nko42.portal.events.boundary.EventParticipants;
import ru.nko42.portal.events.boundary.ParticipantRow;
import ru.nko42.portal.web.config.Dates;

/**
 * The participants of an event as a table for spreadsheets: CSV (UTF-8 with a byte order mark, semicolons, no cell
 * a spreadsheet would run as a formula) and XLSX (text cells, so nothing is evaluated). Active registrations first
 * come first (confirmed, then waiting), then the cancelled.
 */
public final class ParticipantsSheet {

    static final List<String> COLUMNS =
            List.of("status", "name", "organization", "email", "phone", "registeredAt", "confirmedAt", "cancelledAt");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Dates.KUZBASS);

    private ParticipantsSheet() {}

    public static List<List<String>> rows(EventParticipants participants, ResourceBundle texts) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS.stream()
                .map(c -> texts.getString("event.participants.column." + c))
                .toList());
        List<ParticipantRow> ordered = new ArrayList<>(participants.confirmed());
        ordered.addAll(participants.waiting());
        ordered.addAll(participants.cancelled());
        for (ParticipantRow row : ordered) {
            rows.add(java.util.Arrays.asList(
                    texts.getString("event.participants.status." + row.status()),
                    row.name(),
                    row.organization(),
                    row.email(),
                    row.phone(),
                    time(row.registeredAt()),
                    time(row.confirmedAt()),
                    time(row.cancelledAt())));
        }
        return rows;
    }

    public static void csv(List<List<String>> rows, Writer out) throws IOException {
        out.write(CsvCells.BOM);
        for (List<String> row : rows) {
            out.write(CsvCells.line(row));
        }
        out.flush();
    }

    public static void xlsx(List<List<String>> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("participants");
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    line.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            }
            book.write(out);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
