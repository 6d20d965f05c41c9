package ru.nko42.portal.model.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InnChecksumTest {

    private static final String[] VALID = {"7707083893", "7725088527", "1234567894", "123456789047"};

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7725088527", "1234567894"})
    void acceptsInnsOfOrganisations(String inn) {
        assertThat(InnChecksum.isValid(inn)).isTrue();
        assertThat(InnChecksum.isLegalEntity(inn)).isTrue();
        assertThat(InnChecksum.isIndividual(inn)).isFalse();
    }

    @Test
    void acceptsInnOfAnIndividual() {
        assertThat(InnChecksum.isValid("123456789047")).isTrue();
        assertThat(InnChecksum.isIndividual("123456789047")).isTrue();
        assertThat(InnChecksum.isLegalEntity("123456789047")).isFalse();
    }

    @Test
    void takesTheRemainderModulo10WhenTheSumLeavesRemainder10() {
        // 5·2 = 10 ≡ 10 (mod 11), so the control digit is 10 mod 10 = 0.
        assertThat(InnChecksum.isValid("5000000000")).isTrue();
        // 1·10 = 10 ≡ 10 (mod 11) gives 0 for d11; then 1·4 + 0·8 = 4 for d12.
        assertThat(InnChecksum.isValid("000100000004")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlDigitTypos")
    void rejectsEveryChangeOfAControlDigit(SingleDigitTypo typo) {
        assertThat(InnChecksum.isValid(typo.typo())).isFalse();
    }

    static Stream<SingleDigitTypo> controlDigitTypos() {
        return SingleDigitTypo.allOf(VALID)
                .filter(typo -> typo.changesOneOfLastDigits(typo.original().length() == 10 ? 1 : 2));
    }

    // Remainders 10 and 0 both give control digit 0, so a one-digit typo could in principle keep an ИНН valid;
    // for the vectors listed here none does, so every one of their typos must be caught.
    @ParameterizedTest(name = "{0}")
    @MethodSource("everySingleDigitTypo")
    void rejectsEverySingleDigitTypoOfTheListedInns(SingleDigitTypo typo) {
        assertThat(InnChecksum.isValid(typo.typo())).isFalse();
    }

    static Stream<SingleDigitTypo> everySingleDigitTypo() {
        return SingleDigitTypo.allOf(VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"770708389", "77070838930", "12345678904", "1234567890470", "7", "77070838937707083893"})
    void rejectsWrongLengths(String inn) {
        assertThat(InnChecksum.isValid(inn)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " 7707083893",
                "7707083893 ",
                "7707 083893",
                "77070838 93",
                "770708389A",
                "770708389З",
                "+707083893",
                "-707083893",
                "７７０７０８３８９３",
                "٧٧٠٧٠٨٣٨٩٣"
            })
    void rejectsAnythingButAsciiDigits(String inn) {
        assertThat(InnChecksum.isValid(inn)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String inn) {
        assertThat(InnChecksum.isValid(inn)).isFalse();
        assertThat(InnChecksum.isLegalEntity(inn)).isFalse();
        assertThat(InnChecksum.isIndividual(inn)).isFalse();
    }
}
