package ru.nko42.portal.directory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The parts of the public directory's search that need no database; the queries are tested against MariaDB. */
class DirectorySearchServiceTest {

    private static final int LENGTH = 220;

    @Test
    void aShortDescriptionIsShownWhole() {
        assertThat(DirectorySearchService.excerpt(null)).isNull();
        assertThat(DirectorySearchService.excerpt("")).isEmpty();
        assertThat(DirectorySearchService.excerpt("Помогаем пожилым людям.")).isEqualTo("Помогаем пожилым людям.");
        String exactlyTheLength = "а".repeat(LENGTH);
        assertThat(DirectorySearchService.excerpt(exactlyTheLength)).isSameAs(exactlyTheLength);
    }

    @Test
    void aLongDescriptionIsCutAfterTheLastWholeWord() {
        String description = "Помогаем семьям ".repeat(30);

        String excerpt = DirectorySearchService.excerpt(description);

        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(LENGTH + 1);
        String words = excerpt.substring(0, excerpt.length() - 1);
        assertThat(description).startsWith(words + " ");
        assertThat(words).doesNotEndWith(" ").hasSizeGreaterThan(LENGTH - "Помогаем семьям ".length());
    }

    @Test
    void aWordEndingExactlyAtTheLimitIsKept() {
        String fits = "я".repeat(LENGTH - 6) + " слово";
        assertThat(fits).hasSize(LENGTH);

        assertThat(DirectorySearchService.excerpt(fits + " и ещё текст")).isEqualTo(fits + "…");
    }

    @Test
    void aLineBreakEndsAWordToo() {
        String description = "я".repeat(150) + "\n" + "ю".repeat(100);

        assertThat(DirectorySearchService.excerpt(description)).isEqualTo("я".repeat(150) + "…");
    }

    @Test
    void aDescriptionWithoutEarlyEnoughSpacesIsCutAtTheLimit() {
        String description = "Кузбасс " + "ж".repeat(300);

        assertThat(DirectorySearchService.excerpt(description)).isEqualTo(description.substring(0, LENGTH) + "…");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String description = "ж".repeat(LENGTH - 1) + "🌳".repeat(10);

        String excerpt = DirectorySearchService.excerpt(description);

        assertThat(excerpt).isEqualTo("ж".repeat(LENGTH - 1) + "…");
        assertThat(excerpt).doesNotContainPattern("\\p{Cs}");
    }
}
