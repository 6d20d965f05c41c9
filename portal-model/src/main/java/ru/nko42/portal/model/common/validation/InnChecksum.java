package ru.nko42.portal.model.common.validation;

/** Checks an ИНН: 10 digits for an organisation or 12 for an individual, with matching control digits. */
public final class InnChecksum {

    private static final int[] LEGAL_ENTITY_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INDIVIDUAL_FIRST_WEIGHTS = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INDIVIDUAL_SECOND_WEIGHTS = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    private InnChecksum() {}

    /** True for a 10- or 12-digit ИНН whose control digits match; false for null and anything else. */
    public static boolean isValid(String inn) {
        return isLegalEntity(inn) || isIndividual(inn);
    }

    /** True for a valid 10-digit ИНН of an organisation. */
    public static boolean isLegalEntity(String inn) {
        return Digits.isAsciiDigits(inn, 10) && controlDigit(inn, LEGAL_ENTITY_WEIGHTS) == Digits.at(inn, 9);
    }

    /** True for a valid 12-digit ИНН of an individual (an individual entrepreneur among them). */
    public static boolean isIndividual(String inn) {
        return Digits.isAsciiDigits(inn, 12)
                && controlDigit(inn, INDIVIDUAL_FIRST_WEIGHTS) == Digits.at(inn, 10)
                && controlDigit(inn, INDIVIDUAL_SECOND_WEIGHTS) == Digits.at(inn, 11);
    }

    private static int controlDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Digits.at(digits, i) * weights[i];
        }
        return sum % 11 % 10;
    }
}
