package ru.nko42.portal.moderation.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;

/** A reason template was refused and nothing was written; each problem names the form field it belongs to. */
public class InvalidReasonTemplateException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidReasonTemplateException(List<FieldProblem> problems) {
        super("admin.reasonTemplates.error.summary");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
