package ru.nko42.portal.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migration loads exactly the 442-FZ forms and types of the seed file, in its order, value for value. */
class SocialServiceSeedTest {

    private static final String SEED = "db/seed/social-services-442fz.csv";
    private static final String MIGRATION = "db/migration/V14__social_service_vocabularies.sql";
    /** Where the seed file was written for the project; present on the machines it was written on only. */
    private static final Path SHARED = Path.of("/work/shared/data/social-services-442fz.csv");

    private static final Pattern ROW = Pattern.compile("\\('([^']*)', '([^']*)', '([^']*)', (\\d+)\\)");

    @Test
    void migrationLoadsEveryFormAndTypeOfTheSeedFileInItsOrder() throws IOException {
        List<String> seed = read(SEED).lines().skip(1).toList();
        List<String> loaded = new ArrayList<>();
        loaded.addAll(rowsOf("social_service_form", "form"));
        loaded.addAll(rowsOf("social_service_type", "type"));

        assertThat(seed).hasSize(11);
        assertThat(loaded).containsExactlyElementsOf(seed);
    }

    @Test
    void positionsAscendInTheOrderTheMigrationListsTheRows() throws IOException {
        for (String table : List.of("social_service_form", "social_service_type", "recipient_category")) {
            assertThat(inserts(table).map(m -> Integer.parseInt(m.group(4))).toList())
                    .as(table)
                    .isSorted()
                    .doesNotHaveDuplicates();
        }
    }

    @Test
    void codesAreUniqueAndFitAReferenceEntry() throws IOException {
        List<String> codes =
                read(SEED).lines().skip(1).map(line -> line.split(",")[1]).toList();
        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z0-9-]{1,40}"));
        assertThat(inserts("recipient_category").map(m -> m.group(1)).toList())
                .hasSize(8)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z0-9-]{1,40}"));
    }

    @Test
    void theProjectsCopyIsTheSharedSeedFile() throws IOException {
        assumeTrue(Files.isReadable(SHARED), "the shared seed folder is not on this machine");
        assertThat(read(SEED)).isEqualTo(Files.readString(SHARED, StandardCharsets.UTF_8));
    }

    private static List<String> rowsOf(String table, String group) throws IOException {
        return inserts(table)
                .map(m -> String.join(",", group, m.group(1), m.group(2), m.group(3)))
                .toList();
    }

    /** The value rows of the migration's INSERT into one table. */
    private static Stream<MatchResult> inserts(String table) throws IOException {
        String sql = read(MIGRATION);
        int start = sql.indexOf("INSERT INTO " + table + " ");
        assertThat(start).as("INSERT INTO " + table).isNotNegative();
        int end = sql.indexOf(";", start);
        Matcher rows = ROW.matcher(sql.substring(start, end));
        return rows.results();
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SocialServiceSeedTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
