package ru.nko42.portal.content.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.model.content.ContentPiece;

/** The rules of a piece's form: what is required, how long each field may be, how tags are written. */
public final class ContentRules {

    private ContentRules() {}

    /** The problems of the fields a piece is saved with, each under the form field's name; empty when all is well. */
    public static List<FieldProblem> check(String title, String lead, String body, String slug, String tags) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(FieldProblem.of("title", "content.error.title.required"));
        } else if (title.strip().length() > ContentPiece.TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "content.error.title.tooLong"));
        }
        if (lead != null && lead.strip().length() > ContentPiece.LEAD_LENGTH) {
            problems.add(FieldProblem.of("lead", "content.error.lead.tooLong"));
        }
        if (body != null && body.length() > ContentPiece.BODY_LENGTH) {
            problems.add(FieldProblem.of("body", "content.error.body.tooLong"));
        }
        if (slug != null && !slug.isBlank() && !Slugs.isValid(slug.strip())) {
            problems.add(FieldProblem.of("slug", "content.error.slug.invalid"));
        }
        Set<String> parsed = tags(tags);
        if (parsed.size() > ContentPiece.MAX_TAGS) {
            problems.add(FieldProblem.of("tags", "content.error.tags.tooMany"));
        } else if (parsed.stream().anyMatch(tag -> tag.length() > ContentPiece.TAG_LENGTH)) {
            problems.add(FieldProblem.of("tags", "content.error.tags.tooLong"));
        }
        return problems;
    }

    /** Tags as typed, separated by commas: trimmed, inner spaces single, in lower case, without repeats. */
    public static Set<String> tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return Collections.emptySet();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : typed.split(",")) {
            String cleaned = tag.strip().replaceAll("\\s+", " ").toLowerCase(new Locale("ru"));
            if (!cleaned.isEmpty()) {
                tags.add(cleaned);
            }
        }
        return tags;
    }

    /** Text without surrounding spaces; null for none. */
    public static String cleaned(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
