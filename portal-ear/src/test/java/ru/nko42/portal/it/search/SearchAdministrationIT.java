package ru.nko42.portal.it.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.search.boundary.BrokenSynonymLineException;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.search.boundary.SynonymService;
import ru.nko42.portal.search.boundary.ZeroResultLog;
import ru.nko42.portal.search.boundary.ZeroResultQuery;

/**
 * What administrators do with the search: synonyms they save take effect at once and survive a reopening, a broken
 * line is refused with its number and changes nothing, and only an ADMIN edits them; the log of searches that found
 * nothing counts normalised queries and keeps nothing about who searched.
 */
@ExtendWith(ArquillianExtension.class)
class SearchAdministrationIT {

    private static final AsAccount ADMIN = AsAccount.of("first-admin@example.org", AccountRole.ADMIN);
    private static final AsAccount MEMBER = AsAccount.of("search-member@example.org", AccountRole.MEMBER);

    @Deployment
    static WebArchive deployment() {
        return SearchDeployments.searchWar("search-administration-it");
    }

    @Inject
    SearchFixture fixture;

    @EJB
    ServiceSearch search;

    @EJB
    SynonymService synonyms;

    @EJB
    ZeroResultLog zeroResults;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @BeforeEach
    void indexLoaded() throws InterruptedException {
        for (int i = 0; i < 600 && search.status().rebuilding(); i++) {
            Thread.sleep(100); // the index of this deployment is loaded in the background at its start
        }
    }

    @Test
    void synonymsSavedByAnAdministratorTakeEffectAndABrokenLineChangesNothing() {
        String tag = tag();
        long bicycles = fixture.published(
                SearchFixture.Spec.of("Ремонт велосипедов", "Мастерская для всех " + tag, "kemerovsky-go"));
        String original = ADMIN.call(synonyms::text);
        try {
            assertThat(ids(tag + " самокатов")).isEmpty();

            ADMIN.run(() -> synonyms.save(original + "\nвелосипед, самокат"));
            assertThat(ids(tag + " самокатов")).containsExactly(bicycles);

            assertThatThrownBy(() -> ADMIN.run(() -> synonyms.save("пенсионер, пожилой\nодиночка\n")))
                    .isInstanceOfSatisfying(
                            BrokenSynonymLineException.class,
                            e -> assertThat(e.line()).isEqualTo(2));
            assertThat(ADMIN.call(synonyms::text)).endsWith("велосипед, самокат");
            assertThat(ids(tag + " самокатов")).containsExactly(bicycles);

            assertThatThrownBy(() -> MEMBER.run(() -> synonyms.save("велосипед, мотоцикл")))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> MEMBER.call(synonyms::text)).isInstanceOf(EJBAccessException.class);
        } finally {
            ADMIN.run(() -> synonyms.save(original));
        }
        assertThat(ids(tag + " самокатов")).isEmpty();
    }

    @Test
    void searchesThatFoundNothingAreCountedNormalisedAndAnonymous() throws SQLException {
        String tag = tag();
        zeroResults.record("  Ёжик   в тумане " + tag.toUpperCase(Locale.ROOT) + " ", "municipality=kemerovsky-go");
        zeroResults.record("ежик в тумане " + tag, "municipality=kemerovsky-go");
        zeroResults.record("ежик в тумане " + tag, "");

        List<ZeroResultQuery> frequent = ADMIN.call(() -> zeroResults.mostFrequent(500));
        assertThat(frequent)
                .filteredOn(query -> query.text().equals("ежик в тумане " + tag))
                .extracting(ZeroResultQuery::filters, ZeroResultQuery::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("municipality=kemerovsky-go", 2L),
                        org.assertj.core.groups.Tuple.tuple("", 1L));
        assertThat(columns("search_zero_result"))
                .containsExactlyInAnyOrder("id", "day", "query_text", "filters", "searches", "last_seen_at");
        assertThatThrownBy(() -> MEMBER.call(() -> zeroResults.mostFrequent(10)))
                .isInstanceOf(EJBAccessException.class);
    }

    private List<Long> ids(String text) {
        return search.search(SearchRequest.of(text).onPage(1, 100)).hits().stream()
                .map(Hit::id)
                .toList();
    }

    private List<String> columns(String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet columns = connection.getMetaData().getColumns(connection.getCatalog(), null, table, "%")) {
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private static String tag() {
        return "q" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
