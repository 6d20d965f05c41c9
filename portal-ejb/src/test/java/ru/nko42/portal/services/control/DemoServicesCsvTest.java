package ru.nko42.portal.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.control.OpeningHours;
import ru.nko42.portal.services.control.DemoServicesCsv.DemoService;

/** The demo services' file: every row reads, with known codes and hours that make sense. */
class DemoServicesCsvTest {

    private static final Set<String> TYPES = Set.of(
            "household", "medical", "psychological", "pedagogical", "labour", "legal", "communication", "urgent");
    private static final Set<String> FORMS = Set.of("home", "semi-residential", "residential");
    private static final Set<String> CATEGORIES = Set.of(
            "older-people",
            "disabilities",
            "families-with-children",
            "children-youth",
            "veterans",
            "homeless",
            "migrants",
            "crisis");

    @Test
    void everyRowReadsWithKnownCodesAndHours() {
        List<DemoService> services = DemoServicesCsv.fromClassPath();

        assertThat(services).hasSizeGreaterThanOrEqualTo(35);
        assertThat(services).extracting(DemoService::municipality).hasSizeGreaterThan(5);
        for (DemoService service : services) {
            assertThat(TYPES).as(service.name()).containsAll(service.types());
            assertThat(FORMS).as(service.name()).containsAll(service.forms());
            assertThat(CATEGORIES).as(service.name()).containsAll(service.categories());
            assertThat(service.types()).as(service.name()).isNotEmpty();
            DemoHours.parse(service.placeHours());
            DemoHours.parse(service.serviceHours());
        }
        assertThat(services).filteredOn(s -> s.fee().equals("FREE")).isNotEmpty();
        assertThat(services).filteredOn(s -> s.fee().equals("PAID")).isNotEmpty();
        assertThat(services).filteredOn(DemoService::accessible).isNotEmpty();
        assertThat(services).filteredOn(s -> !s.accessible()).isNotEmpty();
    }

    @Test
    void hoursReadBreaksNightsAndRoundTheClock() {
        OpeningHours office = OpeningHours.of(DemoHours.parse("mo-fr 09:00-13:00 14:00-18:00; sa 10:00-14:00"));
        LocalDateTime monday = LocalDateTime.of(2026, 3, 2, 0, 0);
        assertThat(office.isOpenAt(monday.withHour(10))).isTrue();
        assertThat(office.isOpenAt(monday.withHour(13).withMinute(30))).isFalse();
        assertThat(office.isOpenAt(monday.plusDays(5).withHour(11))).isTrue();
        assertThat(office.isOpenAt(monday.plusDays(6).withHour(11))).isFalse();

        OpeningHours night = OpeningHours.of(DemoHours.parse("daily 20:00-08:00"));
        assertThat(night.isOpenAt(monday.withHour(3))).isTrue();
        assertThat(night.isOpenAt(monday.withHour(12))).isFalse();

        assertThat(OpeningHours.of(DemoHours.parse("daily 00:00-00:00")).isOpenAt(monday.withHour(15)))
                .isTrue();
        assertThat(DemoHours.parse("")).isEqualTo(Schedule.EMPTY);
    }
}
