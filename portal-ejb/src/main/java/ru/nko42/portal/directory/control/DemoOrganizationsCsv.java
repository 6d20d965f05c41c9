package ru.nko42.portal.directory.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * Reads the organizations of the demo directory ({@value #RESOURCE}, written for the embedded default): one
 * organization a row, with its profile, its reference codes, the state its first revision starts in and whether the
 * demo member represents it. The file is CSV as RFC 4180 has it: UTF-8, a header row naming the columns, fields in
 * double quotes may hold commas, line breaks and doubled quotes; an empty field is no value.
 */
public final class DemoOrganizationsCsv {

    public static final String RESOURCE = "db/demo/organizations.csv";

    /** The columns the header must name, in any order. */
    public static final List<String> COLUMNS = List.of(
            "kind",
            "full_name",
            "short_name",
            "legal_form",
            "inn",
            "ogrn",
            "kpp",
            "municipality",
            "postal_address",
            "latitude",
            "longitude",
            "phone",
            "email",
            "website",
            "vk_link",
            "head_name",
            "description",
            "year_founded",
            "activity_areas",
            "target_groups",
            "tos_territory",
            "tos_residents",
            "tos_founding_meeting",
            "tos_legal_entity",
            "tos_chairman",
            "state",
            "represented_by_demo_member");

    private static final Set<RevisionState> STARTING_STATES =
            Set.of(RevisionState.DRAFT, RevisionState.PENDING, RevisionState.PUBLISHED);
    private static final char QUOTE = '"';

    private DemoOrganizationsCsv() {}

    /**
     * One organization of the demo directory.
     *
     * @param legalForm the code of its legal form
     * @param municipality the code of its municipality
     * @param state the state its first revision starts in: {@code DRAFT}, {@code PENDING} or {@code PUBLISHED}
     * @param representedByDemoMember whether the file names the demo member as its representative
     */
    public record DemoOrganization(
            OrganizationDetails details,
            String legalForm,
            String municipality,
            List<String> activityAreas,
            List<String> targetGroups,
            RevisionState state,
            boolean representedByDemoMember) {

        public DemoOrganization {
            details = details.copy();
            activityAreas = List.copyOf(activityAreas);
            targetGroups = List.copyOf(targetGroups);
        }

        /** A copy of the profile, for the caller to keep or change. */
        @Override
        public OrganizationDetails details() {
            return details.copy();
        }

        /** The demo member represents every organization still in progress, and those the file says. */
        public boolean hasDemoRepresentative() {
            return representedByDemoMember || state != RevisionState.PUBLISHED;
        }
    }

    /** The demo organizations of the file on the class path. */
    public static List<DemoOrganization> fromClassPath() {
        try (InputStream in = DemoOrganizationsCsv.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo organizations of a CSV text.
     *
     * @throws IllegalArgumentException naming the line and column of the first thing that is wrong
     */
    public static List<DemoOrganization> parse(String text) {
        List<CsvRecord> records = records(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("No header row");
        }
        Map<String, Integer> header = header(records.get(0));
        return records.stream()
                .skip(1)
                .map(record -> new Row(header, record).organization())
                .toList();
    }

    private static Map<String, Integer> header(CsvRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.fields().size(); i++) {
            columns.put(record.fields().get(i).strip(), i);
        }
        List<String> missing =
                COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The header lacks the columns " + missing);
        }
        return columns;
    }

    /** The records of a CSV text, each with the line it starts on; blank lines are skipped. */
    private static List<CsvRecord> records(String text) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean quoteClosed = false;
        int line = 1;
        int recordLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == QUOTE && i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                    field.append(QUOTE);
                    i++;
                } else if (c == QUOTE) {
                    quoted = false;
                    quoteClosed = true;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quoteClosed = false;
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                quoteClosed = false;
                addUnlessBlank(records, fields, recordLine);
                fields = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else if (quoteClosed) {
                throw new IllegalArgumentException("Line " + line + ": text after a closing quote");
            } else if (c == QUOTE && field.isEmpty()) {
                quoted = true;
            } else if (c == QUOTE) {
                throw new IllegalArgumentException("Line " + line + ": a quote inside an unquoted field");
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + recordLine + ": a quoted field is not closed");
        }
        if (!fields.isEmpty() || !field.isEmpty() || quoteClosed) {
            fields.add(field.toString());
            addUnlessBlank(records, fields, recordLine);
        }
        return records;
    }

    private static void addUnlessBlank(List<CsvRecord> records, List<String> fields, int line) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }

    private record CsvRecord(int line, List<String> fields) {}

    /** One data row, read by column name. */
    private static final class Row {

        private final Map<String, Integer> header;
        private final CsvRecord record;

        Row(Map<String, Integer> header, CsvRecord record) {
            if (record.fields().size() != header.size()) {
                throw new IllegalArgumentException("Line " + record.line() + ": "
                        + record.fields().size() + " fields where the header has " + header.size());
            }
            this.header = header;
            this.record = record;
        }

        DemoOrganization organization() {
            OrganizationDetails d = new OrganizationDetails();
            d.setKind(value("kind", OrganizationKind::valueOf));
            d.setFullName(text("full_name"));
            d.setShortName(text("short_name"));
            d.setInn(text("inn"));
            d.setOgrn(text("ogrn"));
            d.setKpp(text("kpp"));
            d.setPostalAddress(text("postal_address"));
            d.setLatitude(value("latitude", Double::valueOf));
            d.setLongitude(value("longitude", Double::valueOf));
            d.setPhone(text("phone"));
            d.setEmail(text("email"));
            d.setWebsite(text("website"));
            d.setVkLink(text("vk_link"));
            d.setHeadName(text("head_name"));
            d.setDescription(text("description"));
            d.setYearFounded(value("year_founded", Integer::valueOf));
            d.setTosTerritory(text("tos_territory"));
            d.setTosResidents(value("tos_residents", Integer::valueOf));
            d.setTosFoundingMeeting(value("tos_founding_meeting", LocalDate::parse));
            d.setTosLegalEntity(flag("tos_legal_entity"));
            d.setTosChairman(text("tos_chairman"));
            if (d.getKind() == null || d.getFullName() == null) {
                throw problem("kind and full_name are required");
            }
            return new DemoOrganization(
                    d,
                    text("legal_form"),
                    text("municipality"),
                    codes("activity_areas"),
                    codes("target_groups"),
                    state(),
                    flag("represented_by_demo_member"));
        }

        private String text(String column) {
            String value = record.fields().get(header.get(column)).strip();
            return value.isEmpty() ? null : value;
        }

        private <T> T value(String column, Function<String, T> conversion) {
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return conversion.apply(text);
            } catch (RuntimeException e) {
                throw problem(column + " cannot be \"" + text + "\"");
            }
        }

        private boolean flag(String column) {
            String text = text(column);
            if (text == null || text.equals("false")) {
                return false;
            }
            if (text.equals("true")) {
                return true;
            }
            throw problem(column + " must be true or false, not \"" + text + "\"");
        }

        private List<String> codes(String column) {
            String text = text(column);
            return text == null
                    ? List.of()
                    : Arrays.stream(text.split("\\|"))
                            .map(String::strip)
                            .filter(code -> !code.isEmpty())
                            .toList();
        }

        private RevisionState state() {
            RevisionState state = value("state", RevisionState::valueOf);
            if (state == null || !STARTING_STATES.contains(state)) {
                throw problem("state must be one of " + STARTING_STATES);
            }
            return state;
        }

        private IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("Line " + record.line() + ": " + what);
        }
    }
}
