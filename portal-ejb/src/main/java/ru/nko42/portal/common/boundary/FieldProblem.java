package ru.nko42.portal.common.boundary;

import java.io.Serializable;

/**
 * A rule a form field breaks: the field's name in the form, and either the key of a message in the web's bundle or,
 * for a Bean Validation constraint, its message as the validator wrote it.
 */
public record FieldProblem(String field, String messageKey, String text) implements Serializable {

    public static FieldProblem of(String field, String messageKey) {
        return new FieldProblem(field, messageKey, null);
    }

    public static FieldProblem constraint(String field, String text) {
        return new FieldProblem(field, null, text);
    }
}
