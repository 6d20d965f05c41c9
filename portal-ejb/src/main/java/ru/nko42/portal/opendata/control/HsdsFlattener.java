package ru.nko42.portal.opendata.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.opendata.control.HsdsTables.Column;
import ru.nko42.portal.opendata.control.HsdsTables.Nested;
import ru.nko42.portal.opendata.control.HsdsTables.Single;
import ru.nko42.portal.opendata.control.HsdsTables.Table;

/**
 * Flattens HSDS documents into the rows of the tables. What nests gets its parent's id in the linking column (a
 * service's phone its {@code service_id}); what is nested in several places (a location in the services held
 * there, a phone both in its location and its service) is one row, whose linking columns are the union of the
 * places. A part without an id gets a name-based one ({@link HsdsIds#part}).
 */
final class HsdsFlattener {

    /** Rows by table name, each by id, in the order first met. A row maps column names to text. */
    private final Map<String, Map<String, Map<String, String>>> rows = new LinkedHashMap<>();

    HsdsFlattener() {
        for (Table table : HsdsTables.all()) {
            rows.put(table.name(), new LinkedHashMap<>());
        }
    }

    void addOrganization(JsonObject organization, int index) {
        add(HsdsTables.named("organization"), organization, null, null, "package", null, index);
    }

    void addService(JsonObject service, int index) {
        add(HsdsTables.named("service"), service, null, null, "package", null, index);
    }

    /** The rows of the table, each a map of its columns to text (a missing value is absent). */
    List<Map<String, String>> rows(Table table) {
        return List.copyOf(rows.get(table.name()).values());
    }

    /**
     * Adds the document as a row of the table, then what nests in it.
     *
     * @param via the column linking the row to its parent, or null
     * @param parentId the parent's id
     * @param ownerId the id that names a part without an id of its own
     * @param ownerTable the parent's table (for an attribute's {@code link_entity})
     * @return the row's id
     */
    private String add(
            Table table, JsonObject doc, String via, String parentId, String ownerId, String ownerTable, int index) {
        String id = text(doc.get("id"));
        if (id == null) {
            id = HsdsIds.part(ownerId, table.name(), index).toString();
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            String value = text(doc.get(column.name()));
            if (value != null) {
                row.put(column.name(), value);
            }
        }
        row.put("id", id);
        if (via != null) {
            row.put(via, parentId);
        }
        if (table.name().equals("attribute")) {
            row.put("link_id", parentId);
            row.putIfAbsent("link_entity", ownerTable);
        } else if (table.name().equals("metadata")) {
            row.put("resource_id", parentId);
            row.putIfAbsent("resource_type", ownerTable);
        }
        for (Single single : table.singles()) {
            JsonValue nested = doc.get(single.key());
            if (nested instanceof JsonObject object) {
                Table target = HsdsTables.named(single.table());
                String nestedId = add(target, object, null, null, id, table.name(), 0);
                row.putIfAbsent(single.column(), nestedId);
                if (single.table().equals("program") && row.containsKey("organization_id")) {
                    merge(target, nestedId, Map.of("organization_id", row.get("organization_id")));
                }
            }
        }
        merge(table, id, row);
        for (Nested nested : table.arrays()) {
            addAll(HsdsTables.named(nested.table()), doc.get(nested.key()), nested.via(), id, table.name());
        }
        if (HsdsTables.hasAttributes(table)) {
            addAll(HsdsTables.named("attribute"), doc.get(HsdsTables.ATTRIBUTES), null, id, table.name());
        }
        if (HsdsTables.hasMetadata(table)) {
            addAll(HsdsTables.named("metadata"), doc.get(HsdsTables.METADATA), null, id, table.name());
        }
        return id;
    }

    private void addAll(Table table, JsonValue array, String via, String parentId, String parentTable) {
        if (!(array instanceof JsonArray items)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof JsonObject item) {
                add(table, item, via, parentId, parentId, parentTable, i);
            }
        }
    }

    /** Puts the row in, or fills the columns an earlier row of the same id left empty. */
    private void merge(Table table, String id, Map<String, String> row) {
        Map<String, String> existing = rows.get(table.name()).get(id);
        if (existing == null) {
            rows.get(table.name()).put(id, new LinkedHashMap<>(row));
        } else {
            row.forEach(existing::putIfAbsent);
        }
    }

    /** A scalar as table text; null for what is absent, null, or not a scalar. */
    private static String text(JsonValue value) {
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> {
                String s = ((JsonString) value).getString();
                yield s.isEmpty() ? null : s;
            }
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> null;
        };
    }
}
