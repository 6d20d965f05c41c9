package ru.nko42.portal.it.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nko42.portal.it.events.EventFixture.EDITOR;
import static ru.nko42.portal.it.events.EventFixture.form;
import static ru.nko42.portal.it.events.EventFixture.inPerson;
import static ru.nko42.portal.it.events.EventFixture.published;
import static ru.nko42.portal.it.events.EventFixture.unique;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.events.boundary.CancelView;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.events.boundary.EventParticipants;
import ru.nko42.portal.events.boundary.EventParticipantsService;
import ru.nko42.portal.events.boundary.EventRegistrationService;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.InvalidRegistrationException;
import ru.nko42.portal.events.boundary.ParticipantRow;
import ru.nko42.portal.events.boundary.RegistrationClosedException;
import ru.nko42.portal.events.boundary.RegistrationOutcome;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.events.EventFormat;
import ru.nko42.portal.model.events.RegistrationStatus;

/**
 * Registration for events against MariaDB: 20 concurrent registrations for 5 places give exactly 5 places and 15
 * in the waiting list, and a cancellation moves the first who waits up; a second registration with the same
 * address is refused; registration closes at the deadline and at the start; the mail arrives with an iCalendar
 * file and a cancel link that the page only asks about (GET) and the service honours; the event's fields are
 * checked on save; only editors see the participants.
 */
@ExtendWith(ArquillianExtension.class)
class EventRegistrationIT {

    private static final AsAccount MEMBER = AsAccount.of("events-member@example.org", AccountRole.MEMBER);

    @Deployment
    static WebArchive deployment() {
        return EventFixture.deployment("event-registration-it").addClasses(Inbox.class, Inbox.ReceivedMail.class);
    }

    @Inject
    ContentEditingService editing;

    @Inject
    EventRegistrationService registrations;

    @Inject
    EventParticipantsService participants;

    @Inject
    EventSiteService site;

    @Inject
    PortalClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void twentyConcurrentRegistrationsForFivePlacesNeverOverbook() throws Exception {
        PieceView event = published(editing, "Семинар на пять мест " + unique(), inPerson(5), "семинар");
        String run = unique();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Future<RegistrationOutcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                String email = "concurrent-" + run + "-" + i + "@example.org";
                Callable<RegistrationOutcome> registration = () -> {
                    start.await();
                    return registrations.register(form(event.id(), email));
                };
                outcomes.add(threads.submit(registration));
            }
            start.countDown();
            List<RegistrationOutcome> results = new ArrayList<>();
            for (Future<RegistrationOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results.stream().filter(RegistrationOutcome::confirmed)).hasSize(5);
            assertThat(results.stream().filter(r -> r.status() == RegistrationStatus.WAITING))
                    .hasSize(15);
        } finally {
            threads.shutdownNow();
        }

        EventParticipants before = EDITOR.call(() -> participants.participants(event.id()));
        assertThat(before.confirmed()).hasSize(5);
        assertThat(before.waiting()).hasSize(15);
        assertThat(site.find(event.slug()).event().placesLeft()).isZero();
        ParticipantRow leaving = before.confirmed().get(2);
        ParticipantRow firstWaiting = before.waiting().get(0);

        EventParticipants after = EDITOR.call(() -> participants.cancel(event.id(), leaving.id()));

        assertThat(after.confirmed()).hasSize(5).extracting(ParticipantRow::id).contains(firstWaiting.id());
        assertThat(after.confirmed()).extracting(ParticipantRow::id).doesNotContain(leaving.id());
        assertThat(after.waiting()).hasSize(14).extracting(ParticipantRow::id).doesNotContain(firstWaiting.id());
        assertThat(after.cancelled()).extracting(ParticipantRow::id).containsExactly(leaving.id());
        Inbox.ReceivedMail promoted = Inbox.awaitFirst(firstWaiting.email(), Duration.ofSeconds(20));
        assertThat(promoted.subject()).isNotBlank();
        assertThat(Inbox.awaitSubject(
                                firstWaiting.email(),
                                "Место освободилось — вы зарегистрированы: " + event.title(),
                                Duration.ofSeconds(20))
                        .to())
                .containsExactly(firstWaiting.email());
    }

    @Test
    void raisingTheCapacityGivesTheNewPlaceToTheFirstWhoWaits() {
        PieceView event = published(editing, "Мало мест " + unique(), inPerson(1), "семинар");
        String run = unique();
        for (String who : List.of("first", "second", "third")) {
            registrations.register(form(event.id(), who + "-" + run + "@example.org"));
        }
        PieceView current = EDITOR.call(() -> editing.piece(event.id()));

        EDITOR.call(() -> editing.save(new PieceEdit(
                current.id(),
                current.version(),
                current.title(),
                current.lead(),
                current.body(),
                current.slug(),
                current.tagsText(),
                inPerson(2))));

        EventParticipants now = EDITOR.call(() -> participants.participants(event.id()));
        assertThat(now.confirmed())
                .extracting(ParticipantRow::email)
                .containsExactly("first-" + run + "@example.org", "second-" + run + "@example.org");
        assertThat(now.waiting()).extracting(ParticipantRow::email).containsExactly("third-" + run + "@example.org");
    }

    @Test
    void aSecondRegistrationWithTheSameAddressIsRefused() {
        PieceView event = published(editing, "Встреча клуба " + unique(), inPerson(10), "клуб бухгалтеров");
        String email = "twice-" + unique() + "@example.org";
        registrations.register(form(event.id(), email));

        assertThatThrownBy(() -> registrations.register(form(event.id(), "  " + email.toUpperCase() + " ")))
                .isInstanceOfSatisfying(
                        InvalidRegistrationException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("email", "event.registration.error.duplicate")));
        assertThat(EDITOR.call(() -> participants.participants(event.id())).rows())
                .hasSize(1);
    }

    @Test
    void registrationClosesAtTheDeadlineAndAtTheStart() {
        EventInfo details = EventFixture.at(
                inPerson(null), inPerson(null).startsAt(), Instant.now().minusSeconds(60));
        PieceView closedByDeadline = published(editing, "Поздно " + unique(), details, "семинар");
        assertThatThrownBy(
                        () -> registrations.register(form(closedByDeadline.id(), "late-" + unique() + "@example.org")))
                .isInstanceOf(RegistrationClosedException.class);

        PieceView open = published(editing, "Скоро начнётся " + unique(), inPerson(null), "семинар");
        clock.set(Clock.fixed(Instant.now().plus(Duration.ofDays(8)), ZoneOffset.UTC));
        assertThatThrownBy(() -> registrations.register(form(open.id(), "past-" + unique() + "@example.org")))
                .isInstanceOf(RegistrationClosedException.class);
        assertThat(site.find(open.slug()).event().past()).isTrue();
        clock.reset();
        assertThat(EDITOR.call(() -> participants.participants(closedByDeadline.id()))
                        .rows())
                .isEmpty();
        assertThat(EDITOR.call(() -> participants.participants(open.id())).rows())
                .isEmpty();
    }

    @Test
    void theMailCarriesTheCalendarFileAndACancelLinkThatAsksBeforeCancelling() throws Exception {
        PieceView event = published(editing, "Вебинар, отчётность; НКО " + unique(), inPerson(1), "вебинар");
        String email = "mail-" + unique() + "@example.org";
        String waitingEmail = "waiting-" + unique() + "@example.org";
        registrations.register(form(event.id(), email));
        assertThat(registrations.register(form(event.id(), waitingEmail)).status())
                .isEqualTo(RegistrationStatus.WAITING);

        Inbox.ReceivedMail mail =
                Inbox.awaitSubject(email, "Вы зарегистрированы: " + event.title(), Duration.ofSeconds(20));
        assertThat(mail.contentType()).startsWith("multipart/mixed");
        Multipart parts = (Multipart) mail.content();
        assertThat(parts.getCount()).isEqualTo(2);
        String text = (String) parts.getBodyPart(0).getContent();
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getFileName()).isEqualTo(event.slug() + ".ics");
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        String ics = read(calendar);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("\r\nUID:event-" + event.id() + "@portal.nko42.ru\r\n")
                .contains("SUMMARY:Вебинар\\, отчётность\\; НКО")
                .contains("DTSTART:")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(text).contains(event.title()).contains("время Кузбасса");
        Matcher link = Pattern.compile("(http\\S+/events/cancel\\?token=([A-Za-z0-9_-]{43}))")
                .matcher(text);
        assertThat(link.find()).as("a cancel link in the mail").isTrue();
        String token = link.group(2);

        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link.group(1)))
                                .header("Accept-Language", "ru")
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(event.title()).contains("id=\"cancel:confirm\"");
        assertThat(registrations.cancelView(token).status())
                .as("opening the link cancels nothing")
                .isEqualTo(RegistrationStatus.CONFIRMED);

        CancelView cancelled = registrations.cancel(token);

        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        EventParticipants now = EDITOR.call(() -> participants.participants(event.id()));
        assertThat(now.confirmed()).extracting(ParticipantRow::email).containsExactly(waitingEmail);
        assertThat(now.waiting()).isEmpty();
        assertThat(registrations.cancel(token).status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(EDITOR.call(() -> participants.participants(event.id())).confirmed())
                .hasSize(1);
    }

    @Test
    void theEventsFieldsAreCheckedOnSave() {
        Instant start = Instant.now().plus(Duration.ofDays(3));
        EventInfo bad = new EventInfo(
                start,
                start.minusSeconds(60),
                EventFormat.BOTH,
                null,
                null,
                "no-such-place",
                95.0,
                86.0,
                "javascript:alert(1)",
                0,
                true,
                null);

        assertThatThrownBy(() -> EventFixture.saved(editing, "Плохое мероприятие " + unique(), bad, ""))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .contains("endsAt", "address", "onlineLink", "capacity", "latitude", "municipality"));
    }

    @Test
    void onlyEditorsSeeTheParticipants() {
        PieceView event = published(editing, "Закрытый список " + unique(), inPerson(3), "семинар");
        registrations.register(form(event.id(), "private-" + unique() + "@example.org"));

        assertThatThrownBy(() -> MEMBER.call(() -> participants.participants(event.id())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> participants.participants(event.id())).isInstanceOf(EJBAccessException.class);
        assertThat(AsAccount.of("events-admin@example.org", AccountRole.ADMIN)
                        .call(() -> participants.participants(event.id()))
                        .confirmed())
                .hasSize(1);
    }

    private static String read(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
