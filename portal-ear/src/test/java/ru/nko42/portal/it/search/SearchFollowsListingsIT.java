package ru.nko42.portal.it.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.schedule.boundary.DateException;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.boundary.TimeRange;
import ru.nko42.portal.schedule.boundary.WeeklyRule;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.IndexStatus;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.search.control.ListingReader;

/**
 * The search index follows the database: what is published is found (by its word forms), an approved edit replaces
 * the old text, a withdrawn service or organization disappears, a restart reuses an index in step with the database
 * and rebuilds one that is not; "open now" and distances are computed right. Each test marks its services with a
 * word of its own, so data of other tests in the same database does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class SearchFollowsListingsIT {

    private static final AsAccount ADMIN = AsAccount.of("search-admin@example.org", AccountRole.ADMIN);
    private static final AsAccount MEMBER = AsAccount.of("search-member@example.org", AccountRole.MEMBER);

    @Deployment
    static WebArchive deployment() {
        return SearchDeployments.searchWar("search-follows-it");
    }

    @Inject
    SearchFixture fixture;

    @EJB
    ServiceSearch search;

    @EJB
    ListingReader reader;

    @BeforeEach
    void indexLoaded() {
        waitWhileLoading();
    }

    @Test
    void aPublishedServiceIsFoundByItsWordForms() {
        String tag = tag();
        long id = fixture.published(SearchFixture.Spec.of(
                "Помощь пожилым людям на дому", "Уборка и покупка продуктов для пенсионеров " + tag, "kemerovsky-go"));

        assertThat(ids(tag + " пожилых")).containsExactly(id);
        assertThat(ids(tag + " пенсионерам")).containsExactly(id);
        assertThat(ids(tag + " юрист")).isEmpty();
    }

    @Test
    void anApprovedEditReplacesTheOldTextAndWithdrawalsTakeServicesOut() {
        String tag = tag();
        long edited = fixture.published(
                SearchFixture.Spec.of("Социальное такси", "Поездки к врачу " + tag, "novokuznetsky-go"));
        long archived =
                fixture.published(SearchFixture.Spec.of("Прокат колясок", "Коляски и ходунки " + tag, "yurginsky-go"));
        long ofUnpublished = fixture.published(
                SearchFixture.Spec.of("Горячее питание", "Обеды для нуждающихся " + tag, "belovsky-go"));
        assertThat(ids(tag)).containsExactlyInAnyOrder(edited, archived, ofUnpublished);

        fixture.edited(edited, "Сопровождение инвалидов", "Помощь в поездках на реабилитацию " + tag);
        fixture.withdrawn(archived, PublicationState.ARCHIVED);
        fixture.organizationUnpublished(ofUnpublished);

        assertThat(ids(tag)).containsExactly(edited);
        assertThat(ids(tag + " реабилитации")).containsExactly(edited);
        assertThat(ids(tag + " врачу")).isEmpty();
        assertThat(ids(tag + " такси")).isEmpty();
        assertThat(search.status().marker()).isEqualTo(reader.marker());
    }

    @Test
    void aRestartReusesAnIndexInStepAndRebuildsOneBehindTheDatabase() {
        String tag = tag();
        long kept =
                fixture.published(SearchFixture.Spec.of("Клуб общения", "Встречи по средам " + tag, "kemerovsky-go"));
        long gone = fixture.published(SearchFixture.Spec.of("Пункт выдачи одежды", "Одежда " + tag, "kemerovsky-go"));
        List<Long> before = ids(tag);
        assertThat(before).containsExactlyInAnyOrder(kept, gone);

        Instant lastRebuild = search.status().lastRebuildAt();
        reopenAndWait();
        reopenAndWait();
        assertThat(search.status().lastRebuildAt()).as("reused twice").isEqualTo(lastRebuild);
        assertThat(ids(tag)).isEqualTo(before);

        fixture.withdrawnBehindTheIndex(gone);
        assertThat(search.status().marker()).isNotEqualTo(reader.marker());
        reopenAndWait();

        assertThat(search.status().lastRebuildAt()).as("rebuilt").isNotEqualTo(lastRebuild);
        assertThat(search.status().marker()).isEqualTo(reader.marker());
        assertThat(ids(tag)).containsExactly(kept);
    }

    @Test
    void onlyAnAdministratorRebuildsOrReopens() {
        assertThatThrownBy(() -> MEMBER.call(search::rebuild)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MEMBER.call(search::reopen)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void openAtCountsBreaksNightsAndHolidaysInKuzbassTimeWhateverTheServerZone() {
        String tag = tag();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        long office = fixture.published(SearchFixture.Spec.of("Приём юриста", "Консультации " + tag, "kemerovsky-go")
                .open(Schedule.weekly(
                                WeeklyRule.weekdays(TimeRange.of("09:00", "13:00")),
                                WeeklyRule.weekdays(TimeRange.of("14:00", "18:00")))
                        .withExceptions(DateException.closedOn(LocalDate.of(2026, 3, 9), "Перенесённый праздник"))));
        long night = fixture.published(SearchFixture.Spec.of("Ночной приют", "Ночлег " + tag, "kemerovsky-go")
                .open(Schedule.weekly(WeeklyRule.daily(TimeRange.of("20:00", "02:00")))));
        fixture.published(SearchFixture.Spec.of("Без часов", "Часы не указаны " + tag, "kemerovsky-go"));

        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        try {
            assertThat(openAt(tag, monday.atTime(12, 59))).containsExactly(office);
            assertThat(openAt(tag, monday.atTime(13, 0))).as("the break").isEmpty();
            assertThat(openAt(tag, monday.atTime(13, 30))).as("the break").isEmpty();
            assertThat(openAt(tag, monday.atTime(14, 0))).containsExactly(office);
            assertThat(openAt(tag, monday.atTime(18, 0))).isEmpty();
            assertThat(openAt(tag, monday.atTime(23, 59))).containsExactly(night);
            assertThat(openAt(tag, monday.plusDays(1).atTime(0, 0))).containsExactly(night);
            assertThat(openAt(tag, monday.plusDays(1).atTime(1, 59))).containsExactly(night);
            assertThat(openAt(tag, monday.plusDays(1).atTime(2, 0))).isEmpty();
            assertThat(openAt(tag, LocalDate.of(2026, 3, 9).atTime(10, 0)))
                    .as("closed on the holiday")
                    .isEmpty();
            assertThat(openAt(tag, LocalDate.of(2026, 3, 10).atTime(10, 0))).containsExactly(office);
            // 10:00 in UTC is 17:00 in Kuzbass: open; 12:00 UTC is 19:00 in Kuzbass: closed
            assertThat(ids(SearchRequest.of(tag), Instant.parse("2026-03-03T10:00:00Z")))
                    .containsExactly(office);
            assertThat(ids(SearchRequest.of(tag), Instant.parse("2026-03-03T12:00:00Z")))
                    .isEmpty();
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void nearAPointTheNearestComeFirstWithinTheRadius() {
        String tag = tag();
        GeoPoint kemerovo = new GeoPoint(55.3547, 86.0873);
        long far = fixture.published(SearchFixture.Spec.of("Центр в Новокузнецке", tag, "novokuznetsky-go")
                .at(53.7557, 87.1099));
        long near = fixture.published(
                SearchFixture.Spec.of("Центр в Кемерове", tag, "kemerovsky-go").at(55.36, 86.09));
        long middle = fixture.published(SearchFixture.Spec.of("Центр в Берёзовском", tag, "berezovsky-go")
                .at(55.6667, 86.25));

        SearchResult sorted =
                search.search(SearchRequest.of(tag).near(kemerovo, null).sortedBy(SearchRequest.Order.DISTANCE));
        assertThat(sorted.hits()).extracting(Hit::id).containsExactly(near, middle, far);
        assertThat(sorted.hits().get(0).distanceKm()).isLessThan(2.0);

        SearchResult within = search.search(SearchRequest.of(tag).near(kemerovo, 50.0));
        assertThat(within.hits()).extracting(Hit::id).containsExactlyInAnyOrder(near, middle);
    }

    @Test
    void facetsCountTheServicesOfEachValue() {
        String tag = tag();
        fixture.published(SearchFixture.Spec.of("Клуб А", tag, "kemerovsky-go"));
        fixture.published(SearchFixture.Spec.of("Клуб Б", tag, "kemerovsky-go").paid());
        fixture.published(SearchFixture.Spec.of("Клуб В", tag, "yurginsky-go").forCategory("veterans"));

        SearchResult all = search.search(SearchRequest.of(tag));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.facet(FacetDimension.MUNICIPALITY).count("kemerovsky-go"))
                .isEqualTo(2);
        assertThat(all.facet(FacetDimension.MUNICIPALITY).count("yurginsky-go")).isEqualTo(1);
        assertThat(all.facet(FacetDimension.FREE).count(FacetDimension.YES)).isEqualTo(2);
        assertThat(all.facet(FacetDimension.CATEGORY).count("veterans")).isEqualTo(1);

        SearchResult inKemerovo =
                search.search(SearchRequest.of(tag).with(FacetDimension.MUNICIPALITY, "kemerovsky-go"));
        assertThat(inKemerovo.total()).isEqualTo(2);
        assertThat(inKemerovo.facet(FacetDimension.FREE).count(FacetDimension.NO))
                .isEqualTo(1);
    }

    private void reopenAndWait() {
        assertThat(ADMIN.call(search::reopen)).isTrue();
        waitWhileLoading();
    }

    private void waitWhileLoading() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        IndexStatus status = search.status();
        while (status.rebuilding()) {
            assertThat(Instant.now()).as("the index is loaded within a minute").isBefore(deadline);
            pause();
            status = search.status();
        }
    }

    private List<Long> openAt(String tag, LocalDateTime kuzbassTime) {
        return ids(SearchRequest.of(tag), kuzbassTime.atZone(Schedule.KUZBASS).toInstant());
    }

    private List<Long> ids(String text) {
        return ids(SearchRequest.of(text), null);
    }

    private List<Long> ids(SearchRequest request, Instant openAt) {
        return search.search(request.onPage(1, 100), openAt).hits().stream()
                .map(Hit::id)
                .toList();
    }

    private static String tag() {
        return "q"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
