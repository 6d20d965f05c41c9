package ru.nko42.portal.web.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.directory.boundary.DirectoryQuery;
import ru.nko42.portal.model.directory.OrganizationKind;

/** The list's address: whatever arrives is read without an error, and what is written back is short and complete. */
class DirectoryAddressTest {

    @Test
    void readsEveryParameterAndWritesThemBack() {
        var address = DirectoryAddress.parse(
                "tos", "kemerovsky-go", "health", "older-people", " Забота & co ", "newest", "3");

        assertThat(address.kind()).isEqualTo(OrganizationKind.TOS);
        assertThat(address.text()).isEqualTo("Забота & co");
        assertThat(address.sort()).isEqualTo(DirectoryQuery.Sort.NEWEST);
        assertThat(address.page()).isEqualTo(3);
        assertThat(address.url())
                .isEqualTo("/organizations?q=%D0%97%D0%B0%D0%B1%D0%BE%D1%82%D0%B0+%26+co&kind=tos"
                        + "&municipality=kemerovsky-go&area=health&group=older-people&sort=newest&page=3");
        assertThat(address.query())
                .isEqualTo(new DirectoryQuery(
                        OrganizationKind.TOS,
                        "kemerovsky-go",
                        "health",
                        "older-people",
                        "Забота & co",
                        DirectoryQuery.Sort.NEWEST,
                        3,
                        DirectoryQuery.DEFAULT_PAGE_SIZE));
    }

    @Test
    void defaultsAreLeftOutOfTheAddress() {
        assertThat(DirectoryAddress.parse(null, "", " ", null, "", "name", "1").url())
                .isEqualTo("/organizations");
    }

    @Test
    void nonsenseIsIgnoredInsteadOfFailing() {
        var address = DirectoryAddress.parse("<script>", "x", "y", "z", null, "price", "abc");

        assertThat(address.kind()).isNull();
        assertThat(address.sort()).isEqualTo(DirectoryQuery.Sort.NAME);
        assertThat(address.page()).isEqualTo(1);
        assertThat(address.known(Set.of("kemerovsky-go"), Set.of("health"), Set.of())
                        .isFiltered())
                .isFalse();
    }

    @Test
    void pageNumbersAreClampedNotOverflowed() {
        assertThat(DirectoryAddress.parse(null, null, null, null, null, null, "99999999999999999999")
                        .page())
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(DirectoryAddress.parse(null, null, null, null, null, null, "0")
                        .page())
                .isEqualTo(1);
        assertThat(DirectoryAddress.parse(null, null, null, null, null, null, "-5")
                        .page())
                .isEqualTo(1);
        assertThat(DirectoryAddress.parse(null, null, null, null, null, null, "0007")
                        .page())
                .isEqualTo(7);
    }

    @Test
    void aTooLongSearchIsCut() {
        var address = DirectoryAddress.parse(null, null, null, null, "я".repeat(500), null, null);

        assertThat(address.text()).hasSize(DirectoryQuery.MAX_TEXT);
    }

    @Test
    void anotherMunicipalityStartsOnTheFirstPage() {
        var address = DirectoryAddress.parse("ngo", "kemerovsky-go", null, null, "фонд", null, "4");

        assertThat(address.inMunicipality("tashtagolsky-mr").url())
                .isEqualTo("/organizations?q=%D1%84%D0%BE%D0%BD%D0%B4&kind=ngo&municipality=tashtagolsky-mr");
        assertThat(address.inMunicipality(null).url()).isEqualTo("/organizations?q=%D1%84%D0%BE%D0%BD%D0%B4&kind=ngo");
        assertThat(address.onPage(2).url()).endsWith("&municipality=kemerovsky-go&page=2");
    }
}
