package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.content.boundary.ProjectDetails;

class ProjectRulesTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

    @Test
    void aWellFilledProjectHasNoProblems() {
        assertThat(ProjectRules.check(project(MAY_1, MAY_1.plusMonths(6), List.of(1L, 2L))))
                .isEmpty();
    }

    @Test
    void aPeriodMayBeOneDayOrOpenAtEitherEnd() {
        assertThat(ProjectRules.check(project(MAY_1, MAY_1, List.of()))).isEmpty();
        assertThat(ProjectRules.check(project(null, MAY_1, List.of()))).isEmpty();
        assertThat(ProjectRules.check(project(MAY_1, null, List.of()))).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEndField() {
        assertThat(ProjectRules.check(project(MAY_1, MAY_1.minusDays(1), List.of())))
                .containsExactly(FieldProblem.of("periodTo", "content.error.project.periodTo.beforeFrom"));
    }

    @Test
    void overlongTextsAndTooManyPartnersAreRefusedEachAtItsField() {
        ProjectDetails details = new ProjectDetails(
                "Ф".repeat(201),
                "N".repeat(61),
                null,
                null,
                "ц".repeat(5001),
                "р".repeat(5001),
                LongStream.rangeClosed(1, 31).boxed().toList());

        assertThat(ProjectRules.check(details))
                .extracting(FieldProblem::field)
                .containsExactly("funder", "grantNumber", "goals", "results", "partners");
    }

    @Test
    void aProjectIsCurrentThroughTheLastDayOfItsPeriodInKuzbass() {
        LocalDate lastDay = LocalDate.of(2026, 11, 27);
        // 23:59 in Kuzbass (UTC+7) on the last day, and 00:01 of the next day there (still the 27th in UTC)
        Instant lastMinute = Instant.parse("2026-11-27T16:59:00Z");
        Instant nextDayInKuzbass = Instant.parse("2026-11-27T17:01:00Z");

        assertThat(ProjectRules.isCurrent(lastDay, lastMinute)).isTrue();
        assertThat(ProjectRules.isCurrent(lastDay, nextDayInKuzbass)).isFalse();
    }

    @Test
    void aProjectWithoutAnEndIsCurrent() {
        assertThat(ProjectRules.isCurrent(null, Instant.parse("2030-01-01T00:00:00Z")))
                .isTrue();
    }

    private static ProjectDetails project(LocalDate from, LocalDate to, List<Long> partners) {
        return new ProjectDetails(
                "Фонд президентских грантов", "24-1-000001", from, to, "Цели", "Результаты", partners);
    }
}
