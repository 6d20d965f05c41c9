package ru.nko42.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.mail.boundary.OutboxStore;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventRegistration;

/**
 * Writes the registration mails to the outbox in the registration's transaction, in the language the visitor
 * registered in: a place or a turn in the waiting list (with the cancel link), a place freed for someone waiting,
 * and a cancellation. The mails of a place carry the event's iCalendar file and the online link.
 */
@ApplicationScoped
public class EventMailer {

    static final String BUNDLE = "ru.nko42.portal.events.control.EventMail";
    private static final MailTexts TEXTS = new MailTexts(BUNDLE, EventMailer.class.getClassLoader());

    @Inject
    OutboxStore outbox;

    /** The kinds of mail: each has a subject and a text in the bundle. */
    public enum Kind {
        CONFIRMED,
        WAITING,
        PROMOTED,
        CANCELLED
    }

    public void send(
            Kind kind, ContentPiece piece, EventDetails details, EventRegistration registration, String token) {
        outbox.enqueue(compose(kind, piece, details, registration, token, Instant.now()));
    }

    static OutgoingMail compose(
            Kind kind,
            ContentPiece piece,
            EventDetails details,
            EventRegistration registration,
            String token,
            Instant now) {
        Locale locale = Locale.forLanguageTag(registration.getLanguage());
        ResourceBundle texts = ResourceBundle.getBundle(
                BUNDLE,
                locale,
                EventMailer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean placeTaken = kind == Kind.CONFIRMED || kind == Kind.PROMOTED;
        String onlineLine = placeTaken && details.getFormat().online() && details.getOnlineLink() != null
                ? texts.getString("mail.onlineLink") + " " + details.getOnlineLink()
                : "";
        String place = EventCalendarFile.location(details);
        OutgoingMail mail = TEXTS.compose(
                registration.getEmail(),
                registration.getLanguage(),
                kind.name(),
                registration.getFullName(),
                piece.getTitle(),
                KuzbassTime.range(details.getStartsAt(), details.getEndsAt(), locale),
                place,
                token == null ? "" : PortalAddress.of("/events/cancel?token=" + token),
                PortalAddress.of(piece.getKind().publicPath(piece.getSlug())),
                onlineLine);
        if (kind == Kind.CANCELLED) {
            return mail;
        }
        return mail.with(EventCalendarFile.forMail(piece, details, now, placeTaken));
    }
}
