package ru.nko42.portal.model.common.validation;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A copy of a number with the digit at one position replaced by another digit, as a typing mistake would. */
record SingleDigitTypo(String original, int position, String typo) {

    /** Every single-digit typo of each number: each position, each of the nine other digits. */
    static Stream<SingleDigitTypo> allOf(String... numbers) {
        return Stream.of(numbers).flatMap(SingleDigitTypo::allOf);
    }

    private static Stream<SingleDigitTypo> allOf(String number) {
        return IntStream.range(0, number.length())
                .boxed()
                .flatMap(position -> IntStream.rangeClosed(1, 9)
                        .mapToObj(
                                shift -> new SingleDigitTypo(number, position, replaceDigit(number, position, shift))));
    }

    private static String replaceDigit(String number, int position, int shift) {
        int digit = number.charAt(position) - '0';
        char replacement = (char) ('0' + (digit + shift) % 10);
        return number.substring(0, position) + replacement + number.substring(position + 1);
    }

    /** True when the changed digit is one of the last {@code count} digits of the number. */
    boolean changesOneOfLastDigits(int count) {
        return position >= original.length() - count;
    }

    @Override
    public String toString() {
        return original + " → " + typo + " (digit " + (position + 1) + ")";
    }
}
