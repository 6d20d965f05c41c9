package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;

class ReferenceEntryRulesTest {

    @Test
    void aCodeIsLowerCaseLatinDigitsAndHyphensUpToFortyCharacters() {
        assertThat(ReferenceEntryRules.checkCode("social-support-2")).isEmpty();
        assertThat(ReferenceEntryRules.checkCode("a".repeat(40))).isEmpty();

        assertThat(ReferenceEntryRules.checkCode(null)).containsExactly(problem("code", "code.required"));
        assertThat(ReferenceEntryRules.checkCode("a".repeat(41))).containsExactly(problem("code", "code.tooLong"));
        for (String bad : new String[] {"Social", "social support", "социальная", "social_support"}) {
            assertThat(ReferenceEntryRules.checkCode(bad)).as(bad).containsExactly(problem("code", "code.pattern"));
        }
    }

    @Test
    void bothNamesAndAPositionNotBelowZeroAreRequired() {
        assertThat(ReferenceEntryRules.checkDetails("Культура", "Culture", 0)).isEmpty();

        assertThat(ReferenceEntryRules.checkDetails(null, "x".repeat(201), -1))
                .containsExactly(
                        problem("nameRu", "name.required"),
                        problem("nameEn", "name.tooLong"),
                        problem("position", "position.negative"));
        assertThat(ReferenceEntryRules.checkDetails("я".repeat(200), "Culture", null))
                .containsExactly(problem("position", "position.required"));
    }

    @Test
    void spacesAroundTypedTextGoAndBlankIsNoValue() {
        assertThat(ReferenceEntryRules.cleaned("  culture \t")).isEqualTo("culture");
        assertThat(ReferenceEntryRules.cleaned("   ")).isNull();
    }

    private static FieldProblem problem(String field, String rule) {
        return FieldProblem.of(field, "admin.reference.error." + rule);
    }
}
