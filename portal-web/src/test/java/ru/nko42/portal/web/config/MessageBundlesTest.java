package ru.nko42.portal.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.directory.control.ClaimModeration;
import ru.nko42.portal.directory.control.ProfileModeration;
import ru.nko42.portal.directory.control.StaleModeration;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.report.control.ReportModeration;

/** Russian and English bundles say the same things, and every key a page names exists. */
class MessageBundlesTest {

    private static final String BUNDLE = "ru/nko42/portal/web/i18n/messages_%s.properties";
    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([A-Za-z0-9_.-]+)'\\]");

    private final Properties russian = load("ru");
    private final Properties english = load("en");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(russian.stringPropertyNames());
    }

    @Test
    void noMessageIsEmpty() {
        Stream.of(russian, english)
                .forEach(bundle -> assertThat(bundle.stringPropertyNames())
                        .allSatisfy(key ->
                                assertThat(bundle.getProperty(key)).as(key).isNotBlank()));
    }

    @Test
    void russianMessagesAreInRussian() {
        var untranslated = russian.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("language."))
                .filter(key -> russian.getProperty(key).equals(english.getProperty(key)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyNamedInAPageExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                PAGE_KEY.matcher(Files.readString(page)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(russian.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyMenuSectionAndLanguageHasItsLabels() {
        Arrays.stream(SiteSection.values()).forEach(s -> assertThat(russian).containsKey(s.labelKey()));
        Arrays.stream(SupportedLanguage.values())
                .forEach(l -> assertThat(russian).containsKeys("language." + l.name(), "language.switch." + l.name()));
    }

    @Test
    void everyStateDecisionAndKindAPageNamesByCodeHasItsLabel() {
        Arrays.stream(AuditItem.values()).forEach(item -> assertThat(russian).containsKey("admin.audit.item." + item));
        Arrays.stream(Decision.values())
                .forEach(decision -> assertThat(russian)
                        .containsKeys(
                                "moderation.decision." + decision,
                                "moderation.decide." + decision,
                                "moderation.decided." + decision));
        Arrays.stream(PublicationState.values())
                .forEach(state -> assertThat(russian).containsKey("organization.state." + state));
        Arrays.stream(RevisionState.values())
                .forEach(state ->
                        assertThat(russian).containsKeys("revision.state." + state, "revision.stateExplain." + state));
        Stream.of(ProfileModeration.KIND, ClaimModeration.KIND, StaleModeration.KIND, ReportModeration.KIND)
                .forEach(kind -> assertThat(russian).containsKey("moderation.kind." + kind));
    }

    private static Properties load(String language) {
        String resource = BUNDLE.formatted(language);
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
