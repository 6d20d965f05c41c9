package ru.nko42.portal.opendata.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenDataSortTest {

    @Test
    void aColumnsKeyNamesItsSortAndAnythingElseSortsByName() {
        assertThat(OpenDataSort.byKey("municipality")).isEqualTo(OpenDataSort.MUNICIPALITY);
        assertThat(OpenDataSort.byKey("lastVerified")).isEqualTo(OpenDataSort.LAST_VERIFIED);
        assertThat(OpenDataSort.byKey("organization")).isEqualTo(OpenDataSort.ORGANIZATION);
        assertThat(OpenDataSort.byKey(null)).isEqualTo(OpenDataSort.NAME);
        assertThat(OpenDataSort.byKey("o.fullName; DROP TABLE")).isEqualTo(OpenDataSort.NAME);
    }

    @Test
    void aSortOfTheOtherTableSortsThisOneByName() {
        assertThat(OpenDataSort.KIND.servicePath()).isEqualTo("s.name");
        assertThat(OpenDataSort.LAST_VERIFIED.organizationPath()).isEqualTo("o.fullName");
        assertThat(OpenDataSort.MUNICIPALITY.organizationPath()).isEqualTo("o.municipality.nameRu");
    }
}
