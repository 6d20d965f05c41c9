package ru.nko42.portal.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.opendata.control.HsdsTables.Column;
import ru.nko42.portal.opendata.control.HsdsTables.Nested;
import ru.nko42.portal.opendata.control.HsdsTables.Single;
import ru.nko42.portal.opendata.control.HsdsTables.Table;

/**
 * Nests the rows of the tables into HSDS documents, as the compiled schemas nest them: a service's phones are the
 * phones whose {@code service_id} is the service's, its service-at-locations carry their location, an attribute its
 * taxonomy term, a term its taxonomy. A nested document leaves out the columns that only say where it nests; a
 * reference to what the tables do not hold stays an id. Values are typed as the schemas say (numbers as numbers;
 * a number column whose text is not a number keeps the text, for the validation of the record to refuse). Empty
 * cells and empty lists are left out.
 */
final class HsdsNester {

    private final Map<String, List<Map<String, String>>> tables;
    private final Map<String, Map<String, Map<String, String>>> byId = new HashMap<>();
    private final Map<String, Map<String, List<Map<String, String>>>> byColumn = new HashMap<>();

    /** @param tables the rows of each table by its name (a missing table has none) */
    HsdsNester(Map<String, List<Map<String, String>>> tables) {
        this.tables = tables;
    }

    List<JsonObject> organizations() {
        return all("organization");
    }

    List<JsonObject> services() {
        return all("service");
    }

    private List<JsonObject> all(String tableName) {
        Table table = HsdsTables.named(tableName);
        List<JsonObject> documents = new ArrayList<>();
        for (Map<String, String> row : rows(tableName)) {
            documents.add(document(table, row, null));
        }
        return documents;
    }

    private JsonObject document(Table table, Map<String, String> row, String via) {
        JsonObjectBuilder doc = Json.createObjectBuilder();
        for (Column column : table.columns()) {
            String text = row.get(column.name());
            if (text == null || column.link() || column.name().equals(via) || resolvedSingle(table, row, column)) {
                continue;
            }
            doc.add(column.name(), typed(column, text));
        }
        String id = row.get("id");
        for (Single single : table.singles()) {
            String target = row.get(single.column());
            if (single.writeOnly() || target == null) {
                continue;
            }
            Map<String, String> targetRow = row(single.table(), target);
            if (targetRow != null) {
                doc.add(single.key(), document(HsdsTables.named(single.table()), targetRow, null));
            }
        }
        if (id != null) {
            for (Nested nested : table.arrays()) {
                if (!nested.writeOnly()) {
                    addArray(doc, nested.key(), nested.table(), nested.via(), id);
                }
            }
            if (HsdsTables.hasAttributes(table)) {
                addArray(doc, HsdsTables.ATTRIBUTES, "attribute", "link_id", id);
            }
            if (HsdsTables.hasMetadata(table)) {
                addArray(doc, HsdsTables.METADATA, "metadata", "resource_id", id);
            }
        }
        return doc.build();
    }

    /** Whether the column is the id of a row nested in its place (a service-at-location's location). */
    private boolean resolvedSingle(Table table, Map<String, String> row, Column column) {
        return table.singles().stream()
                .anyMatch(s -> !s.writeOnly()
                        && s.column().equals(column.name())
                        && row(s.table(), row.get(column.name())) != null);
    }

    private void addArray(JsonObjectBuilder doc, String key, String tableName, String via, String id) {
        List<Map<String, String>> children = children(tableName, via, id);
        if (children.isEmpty()) {
            return;
        }
        Table table = HsdsTables.named(tableName);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Map<String, String> child : children) {
            array.add(document(table, child, via));
        }
        doc.add(key, array);
    }

    private static JsonValue typed(Column column, String text) {
        if (column.type() == HsdsTables.Type.NUMBER) {
            try {
                return Json.createValue(new BigDecimal(text.strip()));
            } catch (NumberFormatException notANumber) {
                return Json.createValue(text);
            }
        }
        return Json.createValue(text);
    }

    private List<Map<String, String>> rows(String table) {
        return tables.getOrDefault(table, List.of());
    }

    private Map<String, String> row(String table, String id) {
        return byId.computeIfAbsent(table, t -> {
                    Map<String, Map<String, String>> index = new HashMap<>();
                    for (Map<String, String> row : rows(t)) {
                        if (row.get("id") != null) {
                            index.putIfAbsent(row.get("id"), row);
                        }
                    }
                    return index;
                })
                .get(id);
    }

    private List<Map<String, String>> children(String table, String column, String id) {
        return byColumn.computeIfAbsent(table + "." + column, key -> {
                    Map<String, List<Map<String, String>>> index = new LinkedHashMap<>();
                    for (Map<String, String> row : rows(table)) {
                        String value = row.get(column);
                        if (value != null) {
                            index.computeIfAbsent(value, v -> new ArrayList<>()).add(row);
                        }
                    }
                    return index;
                })
                .getOrDefault(id, List.of());
    }
}
