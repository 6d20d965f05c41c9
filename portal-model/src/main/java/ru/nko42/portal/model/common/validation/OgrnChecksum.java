package ru.nko42.portal.model.common.validation;

/** Checks an ОГРН (13 digits, organisations) or an ОГРНИП (15 digits, individual entrepreneurs). */
public final class OgrnChecksum {

    private OgrnChecksum() {}

    /** True for a 13-digit ОГРН or a 15-digit ОГРНИП whose control digit matches; false for null and anything else. */
    public static boolean isValid(String number) {
        return isOgrn(number) || isOgrnip(number);
    }

    /** True for a valid 13-digit ОГРН: the first 12 digits mod 11, then mod 10, give the last digit. */
    public static boolean isOgrn(String number) {
        return Digits.isAsciiDigits(number, 13) && controlDigit(number, 11) == Digits.at(number, 12);
    }

    /** True for a valid 15-digit ОГРНИП: the first 14 digits mod 13, then mod 10, give the last digit. */
    public static boolean isOgrnip(String number) {
        return Digits.isAsciiDigits(number, 15) && controlDigit(number, 13) == Digits.at(number, 14);
    }

    private static int controlDigit(String number, int divisor) {
        long body = Long.parseLong(number.substring(0, number.length() - 1));
        return (int) (body % divisor % 10);
    }
}
