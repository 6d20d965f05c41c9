package ru.nko42.portal.model.common.validation;

/** Checks the shape of a КПП: 4 digits, 2 digits or Latin capital letters, 3 digits. */
public final class KppFormat {

    private static final int LENGTH = 9;

    private KppFormat() {}

    /** True for a well-formed 9-character КПП; false for null and anything else. */
    public static boolean isValid(String kpp) {
        if (kpp == null || kpp.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = kpp.charAt(i);
            boolean allowed = Digits.isAsciiDigit(c) || (isReasonCodePosition(i) && isLatinCapital(c));
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReasonCodePosition(int index) {
        return index == 4 || index == 5;
    }

    private static boolean isLatinCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
