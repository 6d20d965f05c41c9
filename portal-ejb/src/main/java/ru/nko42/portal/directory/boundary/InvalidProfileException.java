package ru.nko42.portal.directory.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.FieldProblem;

/** The profile breaks rules that span fields (an ИНН required for a legal entity, ...); each problem names its field. */
public class InvalidProfileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidProfileException(List<FieldProblem> problems) {
        super("invalid profile: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "profile.error.summary";
    }
}
