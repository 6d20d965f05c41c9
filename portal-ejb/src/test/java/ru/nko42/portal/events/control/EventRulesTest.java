package ru.nko42.portal.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.events.boundary.RegistrationForm;
import ru.nko42.portal.model.events.EventFormat;

class EventRulesTest {

    private static final Instant START = Instant.parse("2026-12-12T03:00:00Z");
    private static final Instant END = START.plusSeconds(3600);

    private static EventInfo event(
            Instant start, Instant end, EventFormat format, String address, String link, Integer capacity) {
        return new EventInfo(start, end, format, null, address, null, null, null, link, capacity, true, null);
    }

    @Test
    void aWellFilledEventPasses() {
        assertThat(EventRules.check(
                        event(START, END, EventFormat.BOTH, "пр. Советский, 60", "https://meet.example/x", 5)))
                .isEmpty();
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertThat(EventRules.check(event(START, START, EventFormat.ONLINE, null, "https://m.example/", null)))
                .containsExactly(FieldProblem.of("endsAt", "event.error.endsAt.beforeStart"));
    }

    @Test
    void inPersonNeedsAPlaceAndOnlineNeedsALink() {
        assertThat(EventRules.check(event(START, END, EventFormat.BOTH, " ", null, null)))
                .containsExactly(
                        FieldProblem.of("address", "event.error.place.required"),
                        FieldProblem.of("onlineLink", "event.error.onlineLink.required"));
    }

    @Test
    void onlyWebLinksAreAccepted() {
        for (String link :
                List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://x.example/", "//x")) {
            assertThat(EventRules.check(event(START, END, EventFormat.ONLINE, null, link, null)))
                    .as(link)
                    .containsExactly(FieldProblem.of("onlineLink", "event.error.onlineLink.invalid"));
        }
    }

    @Test
    void capacityIsAtLeastOneAndCoordinatesStayOnTheGlobe() {
        assertThat(EventRules.check(event(START, END, EventFormat.ONLINE, null, "https://m.example/", 0)))
                .containsExactly(FieldProblem.of("capacity", "event.error.capacity.range"));
        EventInfo offGlobe = new EventInfo(
                START, END, EventFormat.IN_PERSON, "Зал", null, null, 91.0, 181.0, null, null, true, null);
        assertThat(EventRules.check(offGlobe))
                .containsExactly(
                        FieldProblem.of("latitude", "event.error.latitude.range"),
                        FieldProblem.of("longitude", "event.error.longitude.range"));
        EventInfo half =
                new EventInfo(START, END, EventFormat.IN_PERSON, "Зал", null, null, 55.0, null, null, null, true, null);
        assertThat(EventRules.check(half)).containsExactly(FieldProblem.of("latitude", "event.error.coordinates.both"));
    }

    @Test
    void theRegistrationFormNeedsNameEmailAndConsentAndAPlausiblePhone() {
        assertThat(RegistrationRules.check(new RegistrationForm(1, " ", null, "not-an-address", "abc", false, "ru")))
                .extracting(FieldProblem::field)
                .containsExactly("name", "email", "phone", "consent");
        assertThat(RegistrationRules.check(
                        new RegistrationForm(1, "Анна", null, "anna@example.org", "+7 (3842) 11-22-33", true, "ru")))
                .isEmpty();
    }

    @Test
    void theDemoEventsPassTheRules() {
        for (DemoEventList.DemoEvent demo : DemoEventList.all()) {
            Instant start = START.plus(java.time.Duration.ofDays(demo.days()));
            EventInfo event = new EventInfo(
                    start,
                    start.plus(java.time.Duration.ofHours(demo.hours())),
                    demo.format(),
                    demo.placeName(),
                    demo.address(),
                    demo.municipality(),
                    demo.latitude(),
                    demo.longitude(),
                    demo.onlineLink(),
                    demo.capacity(),
                    true,
                    null);
            assertThat(EventRules.check(event)).as(demo.title()).isEmpty();
            assertThat(demo.title().length()).isLessThanOrEqualTo(200);
            assertThat(demo.lead().length()).isLessThanOrEqualTo(500);
        }
        assertThat(DemoEventList.all().stream()
                        .map(demo -> ru.nko42.portal.content.control.Slugs.fromTitle(demo.title()))
                        .distinct())
                .hasSize(DemoEventList.all().size());
        assertThat(DemoEventList.all())
                .anyMatch(demo -> demo.days() < 0)
                .anyMatch(demo -> demo.tags().contains("клуб бухгалтеров") && demo.days() > 0);
    }
}
