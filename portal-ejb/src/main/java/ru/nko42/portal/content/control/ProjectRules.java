package ru.nko42.portal.content.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.content.boundary.ProjectDetails;
import ru.nko42.portal.model.content.ContentProject;

/** The rules of a project's own fields, and when a project counts as current (by the calendar of Kuzbass). */
public final class ProjectRules {

    public static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    private ProjectRules() {}

    /** The problems of a project's fields, each under the form field's name; empty when all is well. */
    public static List<FieldProblem> check(ProjectDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        tooLong(problems, "funder", details.funder(), ContentProject.FUNDER_LENGTH);
        tooLong(problems, "grantNumber", details.grantNumber(), ContentProject.GRANT_NUMBER_LENGTH);
        tooLong(problems, "goals", details.goals(), ContentProject.TEXT_LENGTH);
        tooLong(problems, "results", details.results(), ContentProject.TEXT_LENGTH);
        if (details.periodFrom() != null
                && details.periodTo() != null
                && details.periodTo().isBefore(details.periodFrom())) {
            problems.add(FieldProblem.of("periodTo", "content.error.project.periodTo.beforeFrom"));
        }
        if (details.partnerIds().size() > ContentProject.MAX_PARTNERS) {
            problems.add(FieldProblem.of("partners", "content.error.project.partners.tooMany"));
        }
        return problems;
    }

    /** Whether a project whose period ends on {@code periodTo} (null: open-ended) still runs at {@code now}. */
    public static boolean isCurrent(LocalDate periodTo, Instant now) {
        return periodTo == null || !periodTo.isBefore(today(now));
    }

    /** The date in Kuzbass at {@code now}. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, KUZBASS);
    }

    static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "content.error." + field + ".tooLong"));
        }
    }
}
