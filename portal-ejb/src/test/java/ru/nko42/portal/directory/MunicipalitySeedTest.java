package ru.nko42.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The first migration loads exactly the municipalities of the seed file, value for value. */
class MunicipalitySeedTest {

    private static final Pattern ROW = Pattern.compile(
            "\\('([^']*)', '([^']*)', '([^']*)', '([^']*)', '([^']*)', ([0-9.]+), ([0-9.]+), (TRUE|FALSE)\\)");

    @Test
    void migrationLoadsEveryMunicipalityOfTheSeedFile() throws IOException {
        List<String> seed =
                read("db/seed/kuzbass-municipalities.csv").lines().skip(1).toList();
        List<String> loaded = ROW.matcher(read("db/migration/V1__municipalities.sql"))
                .results()
                .map(MunicipalitySeedTest::asCsv)
                .toList();

        assertThat(seed).hasSize(34);
        assertThat(loaded).containsExactlyElementsOf(seed);
    }

    @Test
    void codesAreUniqueAndUrlSafe() throws IOException {
        List<String> codes = read("db/seed/kuzbass-municipalities.csv")
                .lines()
                .skip(1)
                .map(line -> line.split(",")[0])
                .toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z0-9-]{1,40}"));
    }

    private static String asCsv(java.util.regex.MatchResult m) {
        String coords = "TRUE".equals(m.group(8)) ? "approximate" : "city";
        return String.join(
                ",",
                Arrays.asList(
                        m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), coords));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MunicipalitySeedTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
