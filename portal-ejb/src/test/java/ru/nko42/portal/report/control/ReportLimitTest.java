package ru.nko42.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportLimitTest {

    @Test
    void fiveAnHourUnlessTheSettingSaysAnotherWholeNumber() {
        assertThat(ReportLimit.parse(Optional.empty())).isEqualTo(5);
        assertThat(ReportLimit.parse(Optional.of("20"))).isEqualTo(20);
        assertThat(ReportLimit.parse(Optional.of(" 1 "))).isEqualTo(1);
    }

    @Test
    void aSettingThatIsNoLimitFallsBackToTheDefault() {
        assertThat(ReportLimit.parse(Optional.of("0"))).isEqualTo(5);
        assertThat(ReportLimit.parse(Optional.of("-3"))).isEqualTo(5);
        assertThat(ReportLimit.parse(Optional.of("many"))).isEqualTo(5);
    }
}
