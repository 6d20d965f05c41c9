package ru.nko42.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.directory.control.DemoOrganizationsCsv;
import ru.nko42.portal.directory.control.DemoOrganizationsCsv.DemoOrganization;
import ru.nko42.portal.directory.control.ProfileRules;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.model.common.validation.InnChecksum;
import ru.nko42.portal.model.common.validation.KppFormat;
import ru.nko42.portal.model.common.validation.OgrnChecksum;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * The demo directory of the embedded default is data the portal itself would accept: valid registration numbers,
 * known reference codes, points in Kuzbass, every profile rule kept. And its reader copes with real CSV.
 */
class DemoOrganizationsCsvTest {

    private static final List<DemoOrganization> DEMO = DemoOrganizationsCsv.fromClassPath();

    private static ValidatorFactory validators;

    @BeforeAll
    static void buildValidators() {
        validators = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.forLanguageTag("ru"))
                .buildValidatorFactory();
    }

    @AfterAll
    static void closeValidators() {
        validators.close();
    }

    @Test
    void manyOrganizationsOfBothKindsInManyMunicipalities() {
        assertThat(DEMO).hasSizeGreaterThanOrEqualTo(40);
        assertThat(DEMO.stream().map(DemoOrganization::municipality).distinct()).hasSizeGreaterThanOrEqualTo(12);
        Map<OrganizationKind, Long> byKind = DEMO.stream()
                .collect(Collectors.groupingBy(demo -> demo.details().getKind(), Collectors.counting()));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder(OrganizationKind.values());
        assertThat(byKind.get(OrganizationKind.TOS)).isGreaterThanOrEqualTo(DEMO.size() / 4);
        assertThat(DEMO.stream().filter(demo -> demo.details().getKind() == OrganizationKind.TOS))
                .anyMatch(demo -> demo.details().isTosLegalEntity())
                .anyMatch(demo -> !demo.details().isTosLegalEntity());
    }

    @Test
    void everyMunicipalityIsOneOfTheSeed() throws IOException {
        Set<String> seed = read("db/seed/kuzbass-municipalities.csv")
                .lines()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toSet());

        assertThat(DEMO).extracting(DemoOrganization::municipality).allMatch(seed::contains);
        assertThat(DEMO).extracting(DemoOrganization::municipality).contains("kemerovsky-go", "novokuznetsky-go");
    }

    @Test
    void registrationNumbersHaveValidCheckDigitsAndAreUnique() {
        List<OrganizationDetails> profiles = profiles();
        List<String> inns = present(profiles, OrganizationDetails::getInn);
        List<String> ogrns = present(profiles, OrganizationDetails::getOgrn);

        assertThat(inns).isNotEmpty().allMatch(InnChecksum::isLegalEntity).doesNotHaveDuplicates();
        assertThat(ogrns).isNotEmpty().allMatch(OgrnChecksum::isOgrn).doesNotHaveDuplicates();
        assertThat(present(profiles, OrganizationDetails::getKpp)).isNotEmpty().allMatch(KppFormat::isValid);
    }

    @Test
    void legalEntitiesHaveAllThreeNumbersAndOtherTosNone() {
        for (OrganizationDetails profile : profiles()) {
            List<String> numbers = new ArrayList<>();
            numbers.add(profile.getInn());
            numbers.add(profile.getOgrn());
            numbers.add(profile.getKpp());
            if (profile.isLegalEntity()) {
                assertThat(numbers).as(profile.getFullName()).doesNotContainNull();
                assertThat(profile.getKpp())
                        .as(profile.getFullName())
                        .startsWith(profile.getInn().substring(0, 4));
            } else {
                assertThat(numbers).as(profile.getFullName()).containsOnlyNulls();
            }
        }
    }

    @Test
    void everyReferenceCodeIsOneTheMigrationLoads() throws IOException {
        Map<String, Map<String, String>> migration =
                referenceCodes(read("db/migration/V3__directory_reference_lists.sql"));
        Map<String, String> legalForms = migration.get("legal_form");

        for (DemoOrganization demo : DEMO) {
            OrganizationKind kind = demo.details().getKind();
            assertThat(legalForms).as(demo.legalForm()).containsKey(demo.legalForm());
            String appliesTo = legalForms.get(demo.legalForm());
            assertThat(appliesTo == null || appliesTo.equals(kind.name()))
                    .as(demo.legalForm() + " for " + kind)
                    .isTrue();
            assertThat(demo.activityAreas())
                    .isNotEmpty()
                    .doesNotHaveDuplicates()
                    .allMatch(migration.get("activity_area")::containsKey);
            assertThat(demo.targetGroups())
                    .isNotEmpty()
                    .doesNotHaveDuplicates()
                    .allMatch(migration.get("target_group")::containsKey);
        }
    }

    @Test
    void everyPointLiesInKuzbassNearItsMunicipality() throws IOException {
        Map<String, double[]> centres = new HashMap<>();
        read("db/seed/kuzbass-municipalities.csv").lines().skip(1).forEach(line -> {
            String[] fields = line.split(",");
            centres.put(fields[0], new double[] {Double.parseDouble(fields[5]), Double.parseDouble(fields[6])});
        });

        for (DemoOrganization demo : DEMO) {
            OrganizationDetails profile = demo.details();
            assertThat(profile.getLatitude()).as(profile.getFullName()).isBetween(51.5, 57.5);
            assertThat(profile.getLongitude()).as(profile.getFullName()).isBetween(83.5, 90.5);
            double[] centre = centres.get(demo.municipality());
            assertThat(centre).as(demo.municipality()).isNotNull();
            assertThat(Math.abs(profile.getLatitude() - centre[0]))
                    .as(profile.getFullName())
                    .isLessThan(0.5);
            assertThat(Math.abs(profile.getLongitude() - centre[1]))
                    .as(profile.getFullName())
                    .isLessThan(0.5);
        }
    }

    @Test
    void everyFieldFitsItsColumn() {
        for (OrganizationDetails p : profiles()) {
            assertThat(p.getFullName()).hasSizeLessThanOrEqualTo(OrganizationDetails.FULL_NAME_LENGTH);
            assertFits(p.getShortName(), OrganizationDetails.SHORT_NAME_LENGTH);
            assertFits(p.getInn(), 12);
            assertFits(p.getOgrn(), 15);
            assertFits(p.getKpp(), 9);
            assertFits(p.getPostalAddress(), OrganizationDetails.ADDRESS_LENGTH);
            assertFits(p.getPhone(), OrganizationDetails.PHONE_LENGTH);
            assertFits(p.getEmail(), OrganizationDetails.EMAIL_LENGTH);
            assertFits(p.getWebsite(), OrganizationDetails.LINK_LENGTH);
            assertFits(p.getVkLink(), OrganizationDetails.LINK_LENGTH);
            assertFits(p.getHeadName(), OrganizationDetails.PERSON_NAME_LENGTH);
            assertFits(p.getDescription(), OrganizationDetails.DESCRIPTION_LENGTH);
            assertFits(p.getTosTerritory(), OrganizationDetails.TERRITORY_LENGTH);
            assertFits(p.getTosChairman(), OrganizationDetails.PERSON_NAME_LENGTH);
        }
    }

    @Test
    void everyProfileKeepsTheConstraintsAndTheRulesOfTheProfileForm() {
        var validator = validators.getValidator();
        var rules = new ProfileRules(validator, Clock.systemUTC());

        for (DemoOrganization demo : DEMO) {
            OrganizationDetails profile = demo.details();
            assertThat(validator.validate(profile)).as(profile.getFullName()).isEmpty();
            assertThat(rules.check(profile, demo.municipality(), demo.legalForm()))
                    .as(profile.getFullName())
                    .isEmpty();
            assertThat(profile.getDescription()).as(profile.getFullName()).isNotBlank();
            assertThat(Slug.of(profile.displayName())).as(profile.getFullName()).isNotEmpty();
        }
    }

    @Test
    void contactsPointOnlyAtReservedExampleDomains() {
        for (OrganizationDetails profile : profiles()) {
            assertThat(profile.getEmail()).matches("[a-z0-9.-]+@example\\.(org|ru)");
            if (profile.getWebsite() != null) {
                assertThat(profile.getWebsite()).matches("https://[a-z0-9-]+\\.example\\.org");
            }
            assertThat(profile.getPhone()).matches("\\+7 \\(38\\d{2,3}\\) [0-9-]+");
        }
    }

    @Test
    void almostAllArePublishedAndTheDemoMemberHasWorkInProgress() {
        Map<RevisionState, Long> byState =
                DEMO.stream().collect(Collectors.groupingBy(DemoOrganization::state, Collectors.counting()));

        assertThat(byState)
                .containsEntry(RevisionState.PENDING, 2L)
                .containsEntry(RevisionState.DRAFT, 1L)
                .containsEntry(RevisionState.PUBLISHED, DEMO.size() - 3L);
        assertThat(DEMO.stream().filter(demo -> demo.state() != RevisionState.PUBLISHED))
                .allMatch(DemoOrganization::representedByDemoMember);
        assertThat(DEMO.stream()
                        .filter(demo -> demo.state() == RevisionState.PUBLISHED)
                        .filter(DemoOrganization::hasDemoRepresentative))
                .hasSize(2);
    }

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        Map<String, String> row = validRow();
        row.put("full_name", "Автономная некоммерческая организация \"Серебряный возраст\"");
        row.put("description", "Первая строка, с запятой.\nВторая строка: «ёлка», \"кавычки\".");
        row.put("activity_areas", " health | sport |");

        DemoOrganization demo = single(csv(row, "\n"));

        assertThat(demo.details().getFullName())
                .isEqualTo("Автономная некоммерческая организация \"Серебряный возраст\"");
        assertThat(demo.details().getDescription())
                .isEqualTo("Первая строка, с запятой.\nВторая строка: «ёлка», \"кавычки\".");
        assertThat(demo.activityAreas()).containsExactly("health", "sport");
        assertThat(demo.details().getShortName()).isNull();
        assertThat(demo.details().getLatitude()).isEqualTo(55.3547);
        assertThat(demo.state()).isEqualTo(RevisionState.PUBLISHED);
    }

    @Test
    void readsWindowsLineEndsAByteOrderMarkColumnsInAnyOrderAndBlankLines() {
        List<String> columns = new ArrayList<>(DemoOrganizationsCsv.COLUMNS);
        Collections.reverse(columns);
        Map<String, String> row = validRow();
        String text = "\uFEFF" + String.join(",", columns) + "\r\n"
                + columns.stream().map(column -> quoted(row.get(column))).collect(Collectors.joining(","))
                + "\r\n\r\n";

        DemoOrganization demo = single(text);

        assertThat(demo.details().getFullName()).isEqualTo(row.get("full_name"));
        assertThat(demo.municipality()).isEqualTo("kemerovsky-go");
    }

    @Test
    void tellsTheLineOfWhatIsWrong() {
        String header = String.join(",", DemoOrganizationsCsv.COLUMNS);
        Map<String, String> row = validRow();
        String good = csv(row, "\n").lines().skip(1).findFirst().orElseThrow();

        assertThatThrownBy(() -> DemoOrganizationsCsv.parse(header + "\n" + good + "\n\"unclosed,1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 3");
        assertThatThrownBy(() -> DemoOrganizationsCsv.parse(header + "\n" + good + ",extra"))
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> DemoOrganizationsCsv.parse(header.replace(",vk_link", "") + "\n"))
                .hasMessageContaining("vk_link");
        row.put("state", "SUPERSEDED");
        assertThatThrownBy(() -> DemoOrganizationsCsv.parse(csv(row, "\n"))).hasMessageContaining("state");
        row.put("state", "PUBLISHED");
        row.put("tos_legal_entity", "yes");
        assertThatThrownBy(() -> DemoOrganizationsCsv.parse(csv(row, "\n"))).hasMessageContaining("tos_legal_entity");
        row.put("tos_legal_entity", "false");
        row.put("latitude", "55,3");
        assertThatThrownBy(() -> DemoOrganizationsCsv.parse(csv(row, "\n"))).hasMessageContaining("latitude");
    }

    @Test
    void aProfileTakenFromARecordCannotChangeIt() {
        DemoOrganization demo = DEMO.get(0);
        String name = demo.details().getFullName();

        demo.details().setFullName("Другое имя");

        assertThat(demo.details().getFullName()).isEqualTo(name);
    }

    private static List<OrganizationDetails> profiles() {
        return DEMO.stream().map(DemoOrganization::details).toList();
    }

    private static List<String> present(
            List<OrganizationDetails> profiles, Function<OrganizationDetails, String> field) {
        return profiles.stream().map(field).filter(Objects::nonNull).toList();
    }

    private static void assertFits(String value, int length) {
        if (value != null) {
            assertThat(value).hasSizeLessThanOrEqualTo(length);
        }
    }

    /** Codes per table of the migration's INSERTs; for legal forms, the kind each applies to (null for both). */
    private static Map<String, Map<String, String>> referenceCodes(String sql) {
        Pattern insert = Pattern.compile("INSERT INTO (\\w+) \\(code, [^)]*\\) VALUES");
        Pattern tuple = Pattern.compile("^\\s*\\('([a-z0-9-]+)',.*?(?:'(NGO|TOS)'|NULL|\\d+)\\)[,;]\\s*$");
        Map<String, Map<String, String>> tables = new HashMap<>();
        Map<String, String> current = null;
        for (String line : sql.lines().toList()) {
            Matcher table = insert.matcher(line);
            Matcher entry = tuple.matcher(line);
            if (table.find()) {
                current = new LinkedHashMap<>();
                tables.put(table.group(1), current);
            } else if (current != null && entry.matches()) {
                current.put(entry.group(1), entry.group(2));
            }
        }
        assertThat(tables).containsKeys("legal_form", "activity_area", "target_group");
        tables.values().forEach(codes -> assertThat(codes).isNotEmpty());
        return tables;
    }

    /** A row every column of which is valid, for the reader's own tests. */
    private static Map<String, String> validRow() {
        Map<String, String> row = new LinkedHashMap<>();
        DemoOrganizationsCsv.COLUMNS.forEach(column -> row.put(column, ""));
        row.put("kind", "NGO");
        row.put("full_name", "Автономная некоммерческая организация \"Проба\"");
        row.put("legal_form", "ano");
        row.put("municipality", "kemerovsky-go");
        row.put("latitude", "55.3547");
        row.put("longitude", "86.0861");
        row.put("activity_areas", "health");
        row.put("target_groups", "older-people");
        row.put("tos_legal_entity", "false");
        row.put("state", "PUBLISHED");
        row.put("represented_by_demo_member", "false");
        return row;
    }

    private static String csv(Map<String, String> row, String lineEnd) {
        return String.join(",", DemoOrganizationsCsv.COLUMNS)
                + lineEnd
                + DemoOrganizationsCsv.COLUMNS.stream()
                        .map(column -> quoted(row.get(column)))
                        .collect(Collectors.joining(","))
                + lineEnd;
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static DemoOrganization single(String text) {
        List<DemoOrganization> parsed = DemoOrganizationsCsv.parse(text);
        assertThat(parsed).hasSize(1);
        return parsed.get(0);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DemoOrganizationsCsvTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
