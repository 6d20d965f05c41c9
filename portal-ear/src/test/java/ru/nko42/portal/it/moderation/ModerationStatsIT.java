package ru.nko42.portal.it.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.DecidedWeek;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.ModerationStats;
import ru.nko42.portal.moderation.boundary.ModerationStatsService;
import ru.nko42.portal.moderation.boundary.OpenInMunicipality;

/**
 * The moderation dashboard's numbers against MariaDB: decisions taken through the queue by a moderator and by an
 * administrator, moved back into earlier weeks, counted by week and decision with the right medians (odd and even
 * counts), and the open items counted by municipality, each caller seeing only their own municipalities.
 * Each test uses municipalities no other test uses, and weeks no other test decides in; its items are removed before
 * and after it.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationStatsIT {

    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @Deployment
    static WebArchive deployment() {
        return ModerationDeployments.servicesWar("moderation-stats-it");
    }

    @EJB
    ModerationStatsService statistics;

    @EJB
    ModerationService moderation;

    @EJB
    ModerationFixture fixture;

    @BeforeEach
    @AfterEach
    void removeTheTestsItems() {
        fixture.deleteAll(TestKindModeration.KIND);
    }

    @Test
    void decisionsAreCountedByWeekAndDecisionWithTheMedianWaitWithinTheCallersMunicipalities() {
        AsAccount moderator = fixture.moderatorOf("Модератор Ижморского округа", "ru", "izhmorsky-mo");
        AsAccount admin = fixture.administrator("Администратор");
        LocalDate thisMonday = LocalDate.now(KUZBASS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate odd = thisMonday.minusWeeks(3);
        LocalDate even = thisMonday.minusWeeks(5);

        // three decisions in one week: the median is the middle wait, 5 h
        decide(moderator, "izhmorsky-mo", odd, 2, Decision.APPROVED);
        decide(moderator, "izhmorsky-mo", odd, 5, Decision.REJECTED);
        decide(admin, "izhmorsky-mo", odd, 9, Decision.CHANGES_REQUESTED);
        // four in another: the median is the mean of the middle two, (3 h + 6 h) / 2
        decide(moderator, "izhmorsky-mo", even, 10, Decision.REJECTED);
        decide(moderator, "izhmorsky-mo", even, 1, Decision.APPROVED);
        decide(admin, "izhmorsky-mo", even, 6, Decision.APPROVED);
        decide(moderator, "izhmorsky-mo", even, 3, Decision.APPROVED);
        // another municipality's decision, and a withdrawal, which is no decision
        decide(admin, "yaysky-mo", odd, 100, Decision.APPROVED);
        long withdrawn = fixture.enqueue(
                TestKindModeration.KIND,
                "izhmorsky-mo",
                "Отозванное",
                at(odd, 10).minusSeconds(600));
        fixture.withdraw(withdrawn);
        fixture.decidedAt(withdrawn, at(odd, 10));

        ModerationStats mine = moderator.call(() -> statistics.stats());

        assertThat(mine.weeks()).hasSize(ModerationStatsService.DEFAULT_WEEKS);
        assertThat(mine.weeks().get(0).monday()).isEqualTo(thisMonday.minusWeeks(11));
        assertThat(mine.weeks().get(11).monday()).isEqualTo(thisMonday);
        assertThat(week(mine, odd)).isEqualTo(new DecidedWeek(odd, 1, 1, 1, Duration.ofHours(5)));
        assertThat(week(mine, even)).isEqualTo(new DecidedWeek(even, 3, 1, 0, Duration.ofMinutes(270)));
        assertThat(week(mine, thisMonday.minusWeeks(4)).total()).isZero();
        assertThat(week(mine, thisMonday.minusWeeks(4)).medianToDecision()).isNull();
        assertThat(mine.decided()).isEqualTo(7);
        assertThat(mine.medianToDecision())
                .as("median of 1, 2, 3, 5, 6, 9, 10 h")
                .isEqualTo(Duration.ofHours(5));

        ModerationStats all = admin.call(() -> statistics.stats(12));

        assertThat(week(all, odd))
                .as("the other municipality's decision counts for an administrator: median of 2, 5, 9, 100 h")
                .isEqualTo(new DecidedWeek(odd, 2, 1, 1, Duration.ofMinutes(420)));
        assertThat(week(all, even)).isEqualTo(week(mine, even));

        ModerationStats shorter = moderator.call(() -> statistics.stats(4));
        assertThat(shorter.weeks()).hasSize(4).noneMatch(week -> week.monday().isBefore(thisMonday.minusWeeks(3)));
        assertThat(shorter.decided()).isEqualTo(3);
    }

    @Test
    void openItemsAreCountedByMunicipalityWithTheOldestWaitOnlyWhereTheCallerModerates() {
        AsAccount moderator = fixture.moderatorOf("Модератор Чебулинского округа", "ru", "chebulinsky-mo");
        AsAccount admin = fixture.administrator("Администратор");
        Instant now = Instant.now();
        fixture.enqueue(TestKindModeration.KIND, "chebulinsky-mo", "Давно ждёт", now.minus(Duration.ofDays(400)));
        fixture.enqueue(TestKindModeration.KIND, "chebulinsky-mo", "Только что", now.minus(Duration.ofHours(1)));
        fixture.enqueue(TestKindModeration.KIND, "tisulsky-mo", "Чужое", now.minus(Duration.ofDays(500)));
        fixture.enqueue(TestKindModeration.KIND, null, "Для всего региона", now.minus(Duration.ofDays(2)));

        ModerationStats mine = moderator.call(() -> statistics.stats());

        assertThat(mine.open()).singleElement().satisfies(open -> {
            assertThat(open.nameRu()).isEqualTo("Чебулинский муниципальный округ");
            assertThat(open.nameEn()).isEqualTo("Chebulinsky municipal okrug");
            assertThat(open.open()).isEqualTo(2);
            assertThat(open.oldestWaiting()).isBetween(Duration.ofDays(400), Duration.ofDays(401));
        });
        assertThat(mine.openTotal()).isEqualTo(2);

        ModerationStats all = admin.call(() -> statistics.stats());

        assertThat(all.open())
                .filteredOn(open -> "Тисульский муниципальный округ".equals(open.nameRu()))
                .singleElement()
                .satisfies(open -> assertThat(open.oldestWaiting()).isGreaterThanOrEqualTo(Duration.ofDays(500)));
        assertThat(all.open())
                .filteredOn(OpenInMunicipality::regionWide)
                .singleElement()
                .satisfies(open -> assertThat(open.open()).isGreaterThanOrEqualTo(1));
        assertThat(all.open())
                .filteredOn(open -> "Чебулинский муниципальный округ".equals(open.nameRu()))
                .singleElement()
                .satisfies(open -> {
                    assertThat(open.open()).isEqualTo(2);
                    assertThat(open.oldestSubmittedAt())
                            .isEqualTo(mine.open().get(0).oldestSubmittedAt());
                });
        assertThat(all.open()).extracting(OpenInMunicipality::open).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void onlyModeratorsAndAdministratorsReadTheNumbersAndAModeratorWithoutMunicipalitiesReadsNothing() {
        AsAccount member = fixture.account("Участник", AccountRole.MEMBER);
        AsAccount unassigned = fixture.moderatorOf("Модератор без муниципалитетов", "ru");

        assertThatThrownBy(() -> member.call(() -> statistics.stats())).isInstanceOf(EJBAccessException.class);
        ModerationStats nothing = unassigned.call(() -> statistics.stats());
        assertThat(nothing.weeks()).hasSize(12).allMatch(week -> week.total() == 0);
        assertThat(nothing.open()).isEmpty();
        assertThat(nothing.medianToDecision()).isNull();
        assertThatThrownBy(() -> unassigned.call(() -> statistics.stats(0)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.stats.error.weeks"));
    }

    /**
     * An item of the municipality decided through the queue by {@code by}, moved back to the Monday of
     * {@code week}, waiting {@code waitedHours} hours before its decision.
     */
    private void decide(AsAccount by, String municipality, LocalDate week, int waitedHours, Decision decision) {
        Instant decidedAt = at(week, 10 + waitedHours % 7);
        long id = fixture.enqueue(
                TestKindModeration.KIND,
                municipality,
                "Материал " + decision + " " + waitedHours,
                decidedAt.minus(Duration.ofHours(waitedHours)));
        by.run(() -> moderation.decide(id, decision, decision.needsReason() ? "Причина решения" : null));
        fixture.decidedAt(id, decidedAt);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(KUZBASS).toInstant();
    }

    private static DecidedWeek week(ModerationStats stats, LocalDate monday) {
        return stats.weeks().stream()
                .filter(week -> week.monday().equals(monday))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no week of " + monday));
    }
}
