package ru.nko42.portal.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.search.boundary.SiteHit;
import ru.nko42.portal.search.boundary.SiteResult;
import ru.nko42.portal.search.boundary.TextRun;

class ContentIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Set<ContentKind> ALL = Set.of(ContentKind.values());

    private final ContentIndex index = ContentIndex.of(List.of(
            piece(
                    1,
                    ContentKind.NEWS,
                    "Региональная конференция общественных советов",
                    "Участники из 31 муниципалитета обсудили работу ТОС.",
                    10,
                    "тос"),
            piece(
                    2,
                    ContentKind.PRACTICE,
                    "Как ТОС благоустроил двор",
                    "Жители посадили деревья и поставили скамейки для пожилых людей.",
                    5),
            piece(
                    3,
                    ContentKind.EVENT,
                    "Семинар для бухгалтеров НКО",
                    "Годовая отчётность в Минюст: разберём формы.",
                    2,
                    "клуб бухгалтеров"),
            piece(4, ContentKind.NEWS, "Завтрашняя новость о конференциях", "Ещё не вышла.", -1)));

    @Test
    void findsOtherWordFormsOfTheWordsTyped() {
        assertThat(ids(index.search("конференции", ALL, NOW, 0, 10))).containsExactly(1L);
        assertThat(ids(index.search("пожилым", ALL, NOW, 0, 10))).containsExactly(2L);
        assertThat(ids(index.search("отчетность", ALL, NOW, 0, 10))).containsExactly(3L);
    }

    @Test
    void everyWordTypedMustOccurSomewhere() {
        assertThat(ids(index.search("ТОС", ALL, NOW, 0, 10))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids(index.search("ТОС скамейки", ALL, NOW, 0, 10))).containsExactly(2L);
        assertThat(ids(index.search("ТОС бухгалтеров", ALL, NOW, 0, 10))).isEmpty();
    }

    @Test
    void findsTagsAndPrefersTitles() {
        assertThat(ids(index.search("бухгалтеров", ALL, NOW, 0, 10))).containsExactly(3L);
        SiteResult tos = index.search("тос", ALL, NOW, 0, 10);
        assertThat(tos.hits().get(0).id()).isEqualTo(2L);
    }

    @Test
    void keepsToTheKindsAskedForAndToWhatIsPublicAlready() {
        assertThat(ids(index.search("ТОС", Set.of(ContentKind.NEWS), NOW, 0, 10)))
                .containsExactly(1L);
        assertThat(ids(index.search("новость", ALL, NOW, 0, 10))).isEmpty();
        assertThat(ids(index.search("новость", ALL, NOW.plus(Duration.ofDays(2)), 0, 10)))
                .containsExactly(4L);
    }

    @Test
    void marksTheWordsFoundInTheTitleAndTheSnippet() {
        SiteHit hit = index.search("пожилых", ALL, NOW, 0, 10).hits().get(0);
        assertThat(TextRun.plain(hit.title())).isEqualTo("Как ТОС благоустроил двор");
        assertThat(hit.snippet()).contains(new TextRun("пожилых", true));
        assertThat(hit.path()).isEqualTo("/practices/piece-2");
    }

    @Test
    void pagesAndCountsAll() {
        SiteResult second = index.search("ТОС", ALL, NOW, 1, 1);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.pages()).isEqualTo(2);
        assertThat(second.hits()).hasSize(1);
        assertThat(index.search("ТОС", ALL, NOW, 5, 1).hits()).isEmpty();
    }

    @Test
    void nothingTypedOrOnlyStopWordsFindNothing() {
        assertThat(index.search("", ALL, NOW, 0, 10).total()).isZero();
        assertThat(index.search("и в на", ALL, NOW, 0, 10).total()).isZero();
        assertThat(index.search("<script>alert(1)</script>", ALL, NOW, 0, 10).total())
                .isZero();
    }

    private static List<Long> ids(SiteResult result) {
        return result.hits().stream().map(SiteHit::id).toList();
    }

    private static IndexedPiece piece(
            long id, ContentKind kind, String title, String text, int daysAgo, String... tags) {
        return new IndexedPiece(
                id, kind, "piece-" + id, title, text, List.of(tags), NOW.minus(Duration.ofDays(daysAgo)));
    }
}
