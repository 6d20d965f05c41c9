package ru.nko42.portal.opendata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HsdsDocumentsTest {

    @Test
    void oneServiceWithItsOrganizationIsTwoRecordsTheOrganizationFirst() {
        List<HsdsRecord> records = read("{\"id\":\"s1\",\"name\":\"Обеды\",\"status\":\"active\","
                + "\"organization\":{\"id\":\"o1\",\"name\":\"АНО\"}}");

        assertThat(records)
                .extracting(HsdsRecord::kind, HsdsRecord::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.ORGANIZATION, "o1"),
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.SERVICE, "s1"));
        assertThat(HsdsMapper.organizationId(records.get(1).json())).isEqualTo("o1");
        assertThat(records.get(1).json()).doesNotContainKey("organization");
    }

    @Test
    void anOrganizationWithServicesAndTheApiPageShapeAreRead() {
        assertThat(read("{\"contents\":[{\"id\":\"o1\",\"name\":\"АНО\",\"services\":[{\"id\":\"s1\",\"name\":\"x\"},"
                        + "{\"id\":\"s2\",\"name\":\"y\"}]}]}"))
                .extracting(HsdsRecord::kind, HsdsRecord::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.ORGANIZATION, "o1"),
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.SERVICE, "s1"),
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.SERVICE, "s2"));
    }

    @Test
    void newlineDelimitedJsonKeepsTheGoodLinesAndMarksTheBadOneByItsLine() {
        List<HsdsRecord> records = read("{\"id\":\"o1\",\"name\":\"A\"}\n\n{\"id\": broken\n"
                + "{\"id\":\"s1\",\"name\":\"B\",\"status\":\"active\",\"organization_id\":\"o1\"}\n");

        assertThat(records)
                .extracting(HsdsRecord::kind, HsdsRecord::position, HsdsRecord::unreadable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.ORGANIZATION, 1, null),
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.UNKNOWN, 3, "import.refused.json"),
                        org.assertj.core.groups.Tuple.tuple(HsdsRecord.Kind.SERVICE, 4, null));
    }

    @Test
    void aListReadsEachItemAndAnOrganizationCarriedTwiceOnce() {
        assertThat(
                        read(
                                "[{\"id\":\"s1\",\"name\":\"x\",\"status\":\"active\",\"organization\":{\"id\":\"o1\",\"name\":\"A\"}},"
                                        + "{\"id\":\"s2\",\"name\":\"y\",\"status\":\"active\",\"organization\":{\"id\":\"o1\",\"name\":\"A\"}}]"))
                .extracting(HsdsRecord::id)
                .containsExactly("o1", "s1", "s2");
    }

    @Test
    void whatIsNeitherJsonNorAZipIsRefusedAsAWhole() {
        assertThatThrownBy(() -> read("name;inn\nx;1"))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.format"));
        assertThatThrownBy(() -> HsdsDocuments.read(new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
        assertThatThrownBy(() -> HsdsDocuments.read(new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'}))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.encoding"));
        assertThatThrownBy(() -> HsdsDocuments.read(new byte[HsdsDocuments.MOST_BYTES + 1]))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.tooLarge"));
    }

    @Test
    void aZipGoesToTheDataPackageReader() {
        assertThat(HsdsDocuments.isZip(new byte[] {'P', 'K', 3, 4, 0})).isTrue();
        assertThat(HsdsDocuments.isZip("{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThatThrownBy(() -> HsdsDocuments.read(new byte[] {'P', 'K', 3, 4, 0, 0}))
                .isInstanceOf(UnreadableFileException.class);
    }

    private static List<HsdsRecord> read(String text) {
        return HsdsDocuments.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
