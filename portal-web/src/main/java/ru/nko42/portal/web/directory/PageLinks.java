package ru.nko42.portal.web.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * Which page numbers a pager shows: the first, the last, and two either side of the current one; {@code 0} stands
 * for the gap between them ("…"). Page 7 of 20 gives 1, 0, 5, 6, 7, 8, 9, 0, 20.
 */
public final class PageLinks {

    public static final int GAP = 0;
    private static final int AROUND = 2;

    private PageLinks() {}

    public static List<Integer> numbers(int current, int last) {
        List<Integer> numbers = new ArrayList<>();
        int from = Math.max(1, current - AROUND);
        int to = Math.min(last, current + AROUND);
        if (from > 1) {
            numbers.add(1);
            if (from > 2) {
                numbers.add(from == 3 ? 2 : GAP);
            }
        }
        for (int number = from; number <= to; number++) {
            numbers.add(number);
        }
        if (to < last) {
            if (to < last - 1) {
                numbers.add(to == last - 2 ? last - 1 : GAP);
            }
            numbers.add(last);
        }
        return numbers;
    }
}
