package ru.nko42.portal.events.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;

/** The registration form was refused and nothing was written; each problem names its form field. */
public class InvalidRegistrationException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidRegistrationException(List<FieldProblem> problems) {
        super("event.registration.error.summary");
        this.problems = List.copyOf(problems);
    }

    public static InvalidRegistrationException of(String field, String messageKey) {
        return new InvalidRegistrationException(List.of(FieldProblem.of(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
