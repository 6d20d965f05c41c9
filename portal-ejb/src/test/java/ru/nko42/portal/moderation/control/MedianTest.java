package ru.nko42.portal.moderation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void ofAnOddCountItIsTheMiddleOneWhateverTheOrder() {
        assertThat(Median.of(List.of(hours(9), hours(1), hours(4)))).isEqualTo(hours(4));
        assertThat(Median.of(List.of(hours(7)))).isEqualTo(hours(7));
    }

    @Test
    void ofAnEvenCountItIsTheMeanOfTheTwoMiddleOnes() {
        assertThat(Median.of(List.of(hours(10), hours(1), hours(4), hours(2)))).isEqualTo(Duration.ofHours(3));
        assertThat(Median.of(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2))))
                .isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void ofNothingThereIsNone() {
        assertThat(Median.of(List.of())).isNull();
    }

    private static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }
}
