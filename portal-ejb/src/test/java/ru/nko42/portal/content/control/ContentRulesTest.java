package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;

class ContentRulesTest {

    @Test
    void anEmptyTitleIsRefusedAtTheTitle() {
        assertThat(ContentRules.check(" ", null, null, null, null))
                .containsExactly(FieldProblem.of("title", "content.error.title.required"));
    }

    @Test
    void tooLongFieldsAreRefusedEachAtItsField() {
        assertThat(ContentRules.check("т".repeat(201), "л".repeat(501), null, "Bad Slug", null))
                .extracting(FieldProblem::field)
                .containsExactly("title", "lead", "slug");
    }

    @Test
    void tagsAreTrimmedLowerCasedAndNotRepeated() {
        assertThat(ContentRules.tags(" ТОС ,  общественные   советы, тос,, "))
                .containsExactly("тос", "общественные советы");
    }
}
