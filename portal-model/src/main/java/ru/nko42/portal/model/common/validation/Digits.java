package ru.nko42.portal.model.common.validation;

/** ASCII-digit helpers shared by the checksum classes; {@link Character#isDigit} would let other scripts in. */
final class Digits {

    private Digits() {}

    static boolean isAsciiDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int at(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
