package ru.nko42.portal.events.control;

import java.time.Instant;
import java.util.StringJoiner;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.mail.boundary.MailAttachment;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;

/**
 * The iCalendar file of an event: for the page's download (without the online link), and for a participant's mail
 * (with it, in the description).
 */
public final class EventCalendarFile {

    private EventCalendarFile() {}

    public static String forPage(ContentPiece piece, EventDetails details, Instant now) {
        return ICalendar.write(event(piece, details, now, false));
    }

    /** The file a mail carries; the online link only for someone who has a place. */
    public static MailAttachment forMail(ContentPiece piece, EventDetails details, Instant now, boolean hasPlace) {
        return new MailAttachment(
                fileName(piece), ICalendar.CONTENT_TYPE, ICalendar.bytes(event(piece, details, now, hasPlace)));
    }

    public static String fileName(ContentPiece piece) {
        return piece.getSlug() + ".ics";
    }

    private static ICalendar.Event event(ContentPiece piece, EventDetails details, Instant now, boolean withLink) {
        String description = piece.getLead() == null ? "" : piece.getLead();
        if (withLink && details.getFormat().online() && details.getOnlineLink() != null) {
            description = (description + "\n\n" + details.getOnlineLink()).strip();
        }
        return new ICalendar.Event(
                "event-" + piece.getId() + "@portal.nko42.ru",
                now,
                details.getStartsAt(),
                details.getEndsAt(),
                piece.getTitle(),
                description,
                location(details),
                PortalAddress.of(piece.getKind().publicPath(piece.getSlug())));
    }

    /** The place and address, or the online link's host for an event held online only. */
    static String location(EventDetails details) {
        StringJoiner place = new StringJoiner(", ");
        if (details.getFormat().inPerson()) {
            if (details.getPlaceName() != null) {
                place.add(details.getPlaceName());
            }
            if (details.getAddress() != null) {
                place.add(details.getAddress());
            }
        }
        if (place.length() == 0 && details.getFormat().online()) {
            place.add("Online");
        }
        return place.toString();
    }
}
