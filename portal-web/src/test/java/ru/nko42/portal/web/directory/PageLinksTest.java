package ru.nko42.portal.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pager shows the ends and the neighbourhood of the current page, with gaps only where pages are left out. */
class PageLinksTest {

    @Test
    void fewPagesAreAllShown() {
        assertThat(PageLinks.numbers(1, 1)).containsExactly(1);
        assertThat(PageLinks.numbers(2, 5)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void manyPagesShowTheEndsAndTheNeighbours() {
        assertThat(PageLinks.numbers(7, 20)).containsExactly(1, 0, 5, 6, 7, 8, 9, 0, 20);
        assertThat(PageLinks.numbers(1, 20)).containsExactly(1, 2, 3, 0, 20);
        assertThat(PageLinks.numbers(20, 20)).containsExactly(1, 0, 18, 19, 20);
    }

    @Test
    void aGapOfOnePageShowsThatPageInstead() {
        assertThat(PageLinks.numbers(4, 7)).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
}
