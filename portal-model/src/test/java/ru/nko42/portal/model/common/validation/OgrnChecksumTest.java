package ru.nko42.portal.model.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnChecksumTest {

    private static final String[] VALID = {"1027700132195", "1137746072375", "307760324100018"};

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "1137746072375"})
    void acceptsOgrnsOfOrganisations(String ogrn) {
        assertThat(OgrnChecksum.isValid(ogrn)).isTrue();
        assertThat(OgrnChecksum.isOgrn(ogrn)).isTrue();
        assertThat(OgrnChecksum.isOgrnip(ogrn)).isFalse();
    }

    @Test
    void acceptsOgrnipOfAnIndividualEntrepreneur() {
        assertThat(OgrnChecksum.isValid("307760324100018")).isTrue();
        assertThat(OgrnChecksum.isOgrnip("307760324100018")).isTrue();
        assertThat(OgrnChecksum.isOgrn("307760324100018")).isFalse();
    }

    @Test
    void takesTheRemainderModulo10WhenItHasTwoDigits() {
        // 10 mod 11 = 10, so the control digit is 0.
        assertThat(OgrnChecksum.isValid("0000000000100")).isTrue();
        // 11 mod 13 = 11, so the control digit is 1.
        assertThat(OgrnChecksum.isValid("000000000000111")).isTrue();
    }

    @Test
    void dividesOgrnBy11AndOgrnipBy13() {
        // 102770013219 mod 13 = 3, but an ОГРН is checked modulo 11 (which gives 5).
        assertThat(OgrnChecksum.isValid("1027700132193")).isFalse();
        // 30776032410001 mod 11 = 0, but an ОГРНИП is checked modulo 13 (which gives 8).
        assertThat(OgrnChecksum.isValid("307760324100010")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlDigitTypos")
    void rejectsEveryChangeOfTheControlDigit(SingleDigitTypo typo) {
        assertThat(OgrnChecksum.isValid(typo.typo())).isFalse();
    }

    static Stream<SingleDigitTypo> controlDigitTypos() {
        return SingleDigitTypo.allOf(VALID).filter(typo -> typo.changesOneOfLastDigits(1));
    }

    // Remainders of two digits share a control digit with smaller ones (10 with 0; for ОГРНИП also 11 with 1, 12
    // with 2), so a one-digit typo could in principle keep the number valid; for the vectors listed here none does.
    @ParameterizedTest(name = "{0}")
    @MethodSource("everySingleDigitTypo")
    void rejectsEverySingleDigitTypoOfTheListedNumbers(SingleDigitTypo typo) {
        assertThat(OgrnChecksum.isValid(typo.typo())).isFalse();
    }

    static Stream<SingleDigitTypo> everySingleDigitTypo() {
        return SingleDigitTypo.allOf(VALID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "102770013219",
                "10277001321950",
                "30776032410001",
                "3077603241000180",
                "1",
                "9999999999999999999"
            })
    void rejectsWrongLengths(String number) {
        assertThat(OgrnChecksum.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                " 1027700132195",
                "1027700132195 ",
                "1027700 132195",
                "102770013219O",
                "10277001З2195",
                "+027700132195",
                "-07760324100018",
                "１０２７７００１３２１９５"
            })
    void rejectsAnythingButAsciiDigits(String number) {
        assertThat(OgrnChecksum.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmpty(String number) {
        assertThat(OgrnChecksum.isValid(number)).isFalse();
        assertThat(OgrnChecksum.isOgrn(number)).isFalse();
        assertThat(OgrnChecksum.isOgrnip(number)).isFalse();
    }
}
