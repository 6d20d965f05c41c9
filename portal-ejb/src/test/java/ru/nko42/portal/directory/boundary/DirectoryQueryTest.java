package ru.nko42.portal.directory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.nko42.portal.directory.boundary.DirectoryQuery.Sort;
import ru.nko42.portal.model.directory.OrganizationKind;

class DirectoryQueryTest {

    @Test
    void allIsTheFirstPageOfEverythingByName() {
        DirectoryQuery all = DirectoryQuery.all();

        assertThat(all.kind()).isNull();
        assertThat(all.municipality()).isNull();
        assertThat(all.activityArea()).isNull();
        assertThat(all.targetGroup()).isNull();
        assertThat(all.text()).isNull();
        assertThat(all.sort()).isEqualTo(Sort.NAME);
        assertThat(all.page()).isEqualTo(1);
        assertThat(all.pageSize()).isEqualTo(DirectoryQuery.DEFAULT_PAGE_SIZE).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "7, 7", "0, 1", "-3, 1", "-2147483648, 1"})
    void aPageIsAtLeastTheFirst(int asked, int kept) {
        assertThat(query(asked, 20).page()).isEqualTo(kept);
    }

    @Test
    void anAbsurdPageStaysCountable() {
        DirectoryQuery query = query(Integer.MAX_VALUE, DirectoryQuery.MAX_PAGE_SIZE);

        assertThat(query.page()).isEqualTo(DirectoryQuery.MAX_PAGE);
        long firstRow = (long) (query.page() - 1) * query.pageSize();
        assertThat(firstRow).as("the offset of the page's first row").isBetween(0L, (long) Integer.MAX_VALUE);
        assertThat((query.page() - 1) * query.pageSize()).isEqualTo(firstRow);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "20, 20", "100, 100", "101, 100", "2147483647, 100", "0, 20", "-5, 20"})
    void aPageSizeIsFromOneToTheMaximum(int asked, int kept) {
        assertThat(query(1, asked).pageSize()).isEqualTo(kept);
    }

    @Test
    void blankFiltersMeanNoFilter() {
        DirectoryQuery query = new DirectoryQuery(null, " ", "", "\t", "  \n ", null, 1, 20);

        assertThat(query.municipality()).isNull();
        assertThat(query.activityArea()).isNull();
        assertThat(query.targetGroup()).isNull();
        assertThat(query.text()).isNull();
        assertThat(query.sort()).isEqualTo(Sort.NAME);
    }

    @Test
    void filtersLoseTheirSurroundingSpaces() {
        DirectoryQuery query = new DirectoryQuery(
                OrganizationKind.TOS, " kemerovo ", " children", "elderly ", "  Забота ", Sort.NEWEST, 2, 50);

        assertThat(query.kind()).isEqualTo(OrganizationKind.TOS);
        assertThat(query.municipality()).isEqualTo("kemerovo");
        assertThat(query.activityArea()).isEqualTo("children");
        assertThat(query.targetGroup()).isEqualTo("elderly");
        assertThat(query.text()).isEqualTo("Забота");
        assertThat(query.sort()).isEqualTo(Sort.NEWEST);
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.pageSize()).isEqualTo(50);
    }

    @Test
    void longTextIsCutToTheMaximum() {
        String text = "б".repeat(DirectoryQuery.MAX_TEXT) + "ЛИШНЕЕ";

        assertThat(withText(text).text()).isEqualTo("б".repeat(DirectoryQuery.MAX_TEXT));
        assertThat(withText("ж".repeat(DirectoryQuery.MAX_TEXT)).text()).hasSize(DirectoryQuery.MAX_TEXT);
    }

    @Test
    void cuttingTextNeverSplitsACharacter() {
        String text = "а".repeat(DirectoryQuery.MAX_TEXT - 1) + "😀😀";

        String kept = withText(text).text();

        assertThat(kept).isEqualTo("а".repeat(DirectoryQuery.MAX_TEXT - 1));
        assertThat(kept).doesNotContainPattern("\\p{Cs}");
    }

    @Test
    void inAMunicipalityStartsAgainFromTheFirstPageKeepingTheRest() {
        DirectoryQuery query = new DirectoryQuery(
                OrganizationKind.NGO, "kemerovo", "children", "elderly", "фонд", Sort.MUNICIPALITY, 4, 50);

        DirectoryQuery moved = query.inMunicipality("novokuznetsk");

        assertThat(moved)
                .isEqualTo(new DirectoryQuery(
                        OrganizationKind.NGO, "novokuznetsk", "children", "elderly", "фонд", Sort.MUNICIPALITY, 1, 50));
        assertThat(query.inMunicipality(null).municipality()).isNull();
    }

    @Test
    void onPageChangesOnlyThePage() {
        DirectoryQuery query =
                new DirectoryQuery(OrganizationKind.NGO, "kemerovo", null, null, "фонд", Sort.NEWEST, 1, 10);

        assertThat(query.onPage(3))
                .isEqualTo(
                        new DirectoryQuery(OrganizationKind.NGO, "kemerovo", null, null, "фонд", Sort.NEWEST, 3, 10));
        assertThat(query.onPage(0).page()).isEqualTo(1);
    }

    private static DirectoryQuery query(int page, int pageSize) {
        return new DirectoryQuery(null, null, null, null, null, Sort.NAME, page, pageSize);
    }

    private static DirectoryQuery withText(String text) {
        return new DirectoryQuery(null, null, null, null, text, Sort.NAME, 1, 20);
    }
}
