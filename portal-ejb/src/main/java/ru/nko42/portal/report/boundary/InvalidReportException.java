package ru.nko42.portal.report.boundary;

import java.util.List;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.FieldProblem;

/** The report breaks the form's rules (no text, too long); each problem names its field: text or contact. */
public class InvalidReportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidReportException(List<FieldProblem> problems) {
        super("invalid report: "
                + problems.stream().map(FieldProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return "report.error.summary";
    }
}
