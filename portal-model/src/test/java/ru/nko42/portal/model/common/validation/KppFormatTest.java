package ru.nko42.portal.model.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KppFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"773601001", "420501001", "420543001", "7701AA001", "4205Z9001", "42059Z001"})
    void acceptsDigitsWithAnOptionalLatinReasonCode(String kpp) {
        assertThat(KppFormat.isValid(kpp)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"42050100", "4205010011", "4", "420501001420501001"})
    void rejectsWrongLengths(String kpp) {
        assertThat(KppFormat.isValid(kpp)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A20501001", "420A01001", "4205010A1", "42050100Z"})
    void rejectsLettersOutsideTheReasonCode(String kpp) {
        assertThat(KppFormat.isValid(kpp)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4205ab001", "4205Ab001", "4205АБ001", "4205А1001", "4205-1001", "4205 1001"})
    void rejectsLowercaseCyrillicAndOtherCharactersInTheReasonCode(String kpp) {
        assertThat(KppFormat.isValid(kpp)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" 42050100", "42050100 ", "4205 0100", "４２０５０１００１"})
    void rejectsSpacesAndNonAsciiDigits(String kpp) {
        assertThat(KppFormat.isValid(kpp)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String kpp) {
        assertThat(KppFormat.isValid(kpp)).isFalse();
    }
}
