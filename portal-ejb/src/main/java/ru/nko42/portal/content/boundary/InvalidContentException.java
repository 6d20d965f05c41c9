package ru.nko42.portal.content.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;

/** A piece's form was refused and nothing was written; each problem names the form field it belongs to. */
public class InvalidContentException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidContentException(List<FieldProblem> problems) {
        super("content.error.summary");
        this.problems = List.copyOf(problems);
    }

    public static InvalidContentException of(String field, String messageKey) {
        return new InvalidContentException(List.of(FieldProblem.of(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
