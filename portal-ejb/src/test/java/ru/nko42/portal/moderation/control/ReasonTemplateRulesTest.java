package ru.nko42.portal.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;

class ReasonTemplateRulesTest {

    @Test
    void aTitleUpTo120AndATextUpTo2000CharactersAreRequired() {
        assertThat(ReasonTemplateRules.check("я".repeat(120), "я".repeat(2000))).isEmpty();

        assertThat(ReasonTemplateRules.check(null, null))
                .containsExactly(problem("title", "title.required"), problem("body", "body.required"));
        assertThat(ReasonTemplateRules.check("я".repeat(121), "я".repeat(2001)))
                .containsExactly(problem("title", "title.tooLong"), problem("body", "body.tooLong"));
    }

    @Test
    void spacesAroundTypedTextGoAndBlankIsNoValue() {
        assertThat(ReasonTemplateRules.cleanedTitle("  Контакты не отвечают \t"))
                .isEqualTo("Контакты не отвечают");
        assertThat(ReasonTemplateRules.cleanedTitle("   ")).isNull();
        assertThat(ReasonTemplateRules.cleanedBody(" \r\n ")).isNull();
        assertThat(ReasonTemplateRules.cleanedBody(null)).isNull();
    }

    @Test
    void aLineBreakIsOneCharacterWhateverTheBrowserSent() {
        assertThat(ReasonTemplateRules.cleanedBody("Здравствуйте!\r\n\r\nПроверьте ИНН.\rСпасибо.\n"))
                .isEqualTo("Здравствуйте!\n\nПроверьте ИНН.\nСпасибо.");
        String typedToTheLimit = "я\r\n".repeat(999) + "яя";
        assertThat(ReasonTemplateRules.check("Заголовок", ReasonTemplateRules.cleanedBody(typedToTheLimit)))
                .isEmpty();
    }

    private static FieldProblem problem(String field, String rule) {
        return FieldProblem.of(field, "admin.reasonTemplates.error." + rule);
    }
}
