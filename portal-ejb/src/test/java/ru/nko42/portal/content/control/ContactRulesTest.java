package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;

class ContactRulesTest {

    @Test
    void contactsAreOptional() {
        assertThat(ContactRules.check("email", null, "phone", " ")).isEmpty();
    }

    @Test
    void aUsualAddressAndPhoneAreAccepted() {
        assertThat(ContactRules.check("email", "info@nko42.example", "phone", "+7 (3842) 00-00-01"))
                .isEmpty();
    }

    @Test
    void aBadAddressAndPhoneAreRefusedUnderTheGivenFieldNames() {
        assertThat(ContactRules.check("aboutEmail", "info at nko42", "aboutPhone", "звоните"))
                .containsExactly(
                        FieldProblem.of("aboutEmail", "content.error.email.invalid"),
                        FieldProblem.of("aboutPhone", "content.error.phone.invalid"));
    }

    @Test
    void aTelLinkKeepsDigitsAndTheLeadingPlus() {
        assertThat(ContactRules.telLink("+7 (3842) 00-00-01")).isEqualTo("+73842000001");
    }
}
