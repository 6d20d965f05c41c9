package ru.nko42.portal.moderation.control;

import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.moderation.ReasonTemplate;

/**
 * The rules of a reason template, checked on the server whatever the page did: a title and a text, neither empty
 * nor longer than its column.
 */
public final class ReasonTemplateRules {

    private ReasonTemplateRules() {}

    /** The title without surrounding spaces; empty text is no value. */
    public static String cleanedTitle(String typed) {
        return TextCleaner.text(typed);
    }

    /**
     * The text without surrounding spaces and with one kind of line break: a browser sends a line break as two
     * characters, and counts it as one when it stops the typing at the field's maximum length.
     */
    public static String cleanedBody(String typed) {
        return typed == null
                ? null
                : TextCleaner.text(typed.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The problems of a title and a text already cleaned. */
    public static List<FieldProblem> check(String title, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null) {
            problems.add(FieldProblem.of("title", "admin.reasonTemplates.error.title.required"));
        } else if (title.length() > ReasonTemplate.TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "admin.reasonTemplates.error.title.tooLong"));
        }
        if (body == null) {
            problems.add(FieldProblem.of("body", "admin.reasonTemplates.error.body.required"));
        } else if (body.length() > ReasonTemplate.BODY_LENGTH) {
            problems.add(FieldProblem.of("body", "admin.reasonTemplates.error.body.tooLong"));
        }
        return problems;
    }
}
