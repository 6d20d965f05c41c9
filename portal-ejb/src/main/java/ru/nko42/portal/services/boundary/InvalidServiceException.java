package ru.nko42.portal.services.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.FieldProblem;

/**
 * The listing breaks rules; each problem names its field by its path in {@link ServiceForm}: {@code name},
 * {@code costOptions}, {@code locations[0].latitude}, {@code locations[1].schedule.rows[0].breakFrom}.
 */
public class InvalidServiceException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidServiceException(List<FieldProblem> problems) {
        super("invalid service listing: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "service.error.summary";
    }
}
