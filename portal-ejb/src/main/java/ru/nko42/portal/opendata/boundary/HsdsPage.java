package ru.nko42.portal.opendata.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of an HSDS list, as the API's {@code Page} schema has it.
 *
 * @param contents the documents of the page
 * @param totalItems how many there are in all
 * @param paging the page asked for and its size
 */
public record HsdsPage(List<JsonObject> contents, long totalItems, Paging paging) {

    public HsdsPage {
        contents = List.copyOf(contents);
    }

    public int totalPages() {
        return (int) ((totalItems + paging.perPage() - 1) / paging.perPage());
    }

    /**
     * The page as JSON: {@code total_items}, {@code total_pages}, {@code page_number}, {@code size} (the documents on
     * this page), {@code first_page}, {@code last_page}, {@code empty} (nothing at all matched) and {@code contents}.
     */
    public JsonObject toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        contents.forEach(array::add);
        return Json.createObjectBuilder()
                .add("total_items", totalItems)
                .add("total_pages", totalPages())
                .add("page_number", paging.page())
                .add("size", contents.size())
                .add("first_page", paging.page() == 1)
                .add("last_page", paging.page() >= totalPages())
                .add("empty", totalItems == 0)
                .add("contents", array)
                .build();
    }
}
