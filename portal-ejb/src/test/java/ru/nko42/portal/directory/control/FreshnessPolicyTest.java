package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshnessPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-31T10:00:00Z");

    @Test
    void withoutSettingsDataIsAskedAboutAfterTwelveMonthsAndStaleThirtyDaysLater() {
        FreshnessPolicy policy = FreshnessPolicy.of(Map.<String, String>of()::get);

        assertThat(policy.months()).isEqualTo(12);
        assertThat(policy.graceDays()).isEqualTo(30);
        assertThat(policy.askIfVerifiedBefore(NOW)).isEqualTo(Instant.parse("2025-03-31T10:00:00Z"));
        assertThat(policy.staleIfAskedBefore(NOW)).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void monthsAreCalendarMonthsOfTheRegion() {
        FreshnessPolicy policy = FreshnessPolicy.of(Map.of("portal.freshness.months", "1")::get);

        // 31 March, 17:00 in Novokuznetsk (UTC+7): a month earlier there is the last day of February
        assertThat(policy.askIfVerifiedBefore(NOW)).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
    }

    @Test
    void theSettingsChangeTheRule() {
        FreshnessPolicy policy =
                FreshnessPolicy.of(Map.of("portal.freshness.months", " 6 ", "portal.freshness.grace.days", "14")::get);

        assertThat(policy).isEqualTo(new FreshnessPolicy(6, 14));
        assertThat(policy.askIfVerifiedBefore(NOW)).isEqualTo(Instant.parse("2025-09-30T10:00:00Z"));
        assertThat(policy.staleIfAskedBefore(NOW)).isEqualTo(Instant.parse("2026-03-17T10:00:00Z"));
    }

    @Test
    void aSettingThatIsNotAPositiveNumberKeepsTheDefault() {
        FreshnessPolicy policy =
                FreshnessPolicy.of(Map.of("portal.freshness.months", "год", "portal.freshness.grace.days", "0")::get);

        assertThat(policy).isEqualTo(new FreshnessPolicy(12, 30));
        assertThatThrownBy(() -> new FreshnessPolicy(0, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReminderWritesTheDateAsItsReaderDoes() {
        Instant lateEvening = Instant.parse("2025-11-04T20:00:00Z");

        assertThat(OrganizationFreshness.dateIn("ru", lateEvening)).isEqualTo("5 ноября 2025 г.");
        assertThat(OrganizationFreshness.dateIn("en", lateEvening)).isEqualTo("November 5, 2025");
        assertThat(OrganizationFreshness.dateIn(null, lateEvening)).isEqualTo("5 ноября 2025 г.");
    }
}
