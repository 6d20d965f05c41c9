package ru.nko42.portal.it.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.events.boundary.RegistrationForm;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.events.EventFormat;

/** Events written through the editing service as an editor, and registration forms, for the events' ITs. */
final class EventFixture {

    static final AsAccount EDITOR = AsAccount.of("events-editor@example.org", AccountRole.EDITOR);

    private EventFixture() {}

    /** An event in person in Kemerovo, a week ahead, two hours long. */
    static EventInfo inPerson(Integer capacity) {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        return new EventInfo(
                start,
                start.plus(Duration.ofHours(2)),
                EventFormat.IN_PERSON,
                "Ресурсный центр, зал 2",
                "г. Кемерово, пр. Советский, 60",
                "kemerovsky-go",
                55.3547,
                86.0873,
                null,
                capacity,
                true,
                null);
    }

    /** The event moved to start at {@code start} (two hours long), taking registrations until {@code deadline}. */
    static EventInfo at(EventInfo event, Instant start, Instant deadline) {
        return new EventInfo(
                start,
                start.plus(Duration.ofHours(2)),
                event.format(),
                event.placeName(),
                event.address(),
                event.municipalityCode(),
                event.latitude(),
                event.longitude(),
                event.onlineLink(),
                event.capacity(),
                event.registrationOpen(),
                deadline);
    }

    /** A WAR with the content, events, audit, account and mail packages, acting as accounts. */
    static WebArchive deployment(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        "ru.nko42.portal.content",
                        "ru.nko42.portal.events",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                .addClass(EventFixture.class)
                .addAsResource("ru/nko42/portal/events/control/EventMail.properties")
                .addAsResource("ru/nko42/portal/events/control/EventMail_ru.properties")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }

    /** A published event titled {@code title} with {@code details}. */
    static PieceView published(ContentEditingService editing, String title, EventInfo details, String tags) {
        PieceView saved = saved(editing, title, details, tags);
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    static PieceView saved(ContentEditingService editing, String title, EventInfo details, String tags) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.EVENT, title));
        return EDITOR.call(() -> editing.save(new PieceEdit(
                draft.id(),
                draft.version(),
                title,
                "Анонс: " + title,
                "<p>Программа мероприятия.</p>",
                "",
                tags,
                details)));
    }

    static RegistrationForm form(long eventId, String email) {
        return new RegistrationForm(
                eventId, "Участник " + email, "НКО «Пример»", email, "+7 (3842) 11-22-33", true, "ru");
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
