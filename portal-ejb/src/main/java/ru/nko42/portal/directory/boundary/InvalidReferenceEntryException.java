package ru.nko42.portal.directory.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;

/** A reference list entry was refused and nothing was written; each problem names the form field it belongs to. */
public class InvalidReferenceEntryException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidReferenceEntryException(List<FieldProblem> problems) {
        super("admin.reference.error.summary");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
