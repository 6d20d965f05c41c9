package ru.nko42.portal.directory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.common.ReferenceEntry;

/**
 * The rules of a reference list entry, checked on the server whatever the page did: a code of lower-case Latin
 * letters, digits and hyphens, two names, a position not below zero. Whether a code is taken needs the database and
 * is checked by the service.
 */
public final class ReferenceEntryRules {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+");

    private ReferenceEntryRules() {}

    /** What was typed without surrounding spaces; empty text is no value. */
    public static String cleaned(String typed) {
        return TextCleaner.text(typed);
    }

    /** The problems of a new entry's code, already {@linkplain #cleaned cleaned}. */
    public static List<FieldProblem> checkCode(String code) {
        if (code == null) {
            return List.of(FieldProblem.of("code", "admin.reference.error.code.required"));
        }
        if (code.length() > ReferenceEntry.CODE_LENGTH) {
            return List.of(FieldProblem.of("code", "admin.reference.error.code.tooLong"));
        }
        if (!CODE.matcher(code).matches()) {
            return List.of(FieldProblem.of("code", "admin.reference.error.code.pattern"));
        }
        return List.of();
    }

    /** The problems of the names, already {@linkplain #cleaned cleaned}, and of the position. */
    public static List<FieldProblem> checkDetails(String nameRu, String nameEn, Integer position) {
        List<FieldProblem> problems = new ArrayList<>();
        checkName("nameRu", nameRu, problems);
        checkName("nameEn", nameEn, problems);
        if (position == null) {
            problems.add(FieldProblem.of("position", "admin.reference.error.position.required"));
        } else if (position < 0) {
            problems.add(FieldProblem.of("position", "admin.reference.error.position.negative"));
        }
        return problems;
    }

    private static void checkName(String field, String name, List<FieldProblem> problems) {
        if (name == null) {
            problems.add(FieldProblem.of(field, "admin.reference.error.name.required"));
        } else if (name.length() > ReferenceEntry.NAME_LENGTH) {
            problems.add(FieldProblem.of(field, "admin.reference.error.name.tooLong"));
        }
    }
}
