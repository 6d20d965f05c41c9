package ru.nko42.portal.events.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.model.events.EventDetails;

/**
 * The rules of an event's fields: a start and an end after it; an event in person needs a place or an address, an
 * online one a link (http or https only); a capacity of at least one; coordinates on the globe, both or neither.
 */
public final class EventRules {

    /** The largest capacity the form accepts. */
    public static final int MAX_CAPACITY = 100_000;

    private EventRules() {}

    /** The problems of the event's fields, each under the form field's name; empty when all is well. */
    public static List<FieldProblem> check(EventInfo event) {
        List<FieldProblem> problems = new ArrayList<>();
        if (event.startsAt() == null) {
            problems.add(FieldProblem.of("startsAt", "event.error.startsAt.required"));
        }
        if (event.endsAt() == null) {
            problems.add(FieldProblem.of("endsAt", "event.error.endsAt.required"));
        } else if (event.startsAt() != null && !event.endsAt().isAfter(event.startsAt())) {
            problems.add(FieldProblem.of("endsAt", "event.error.endsAt.beforeStart"));
        }
        if (event.format() == null) {
            problems.add(FieldProblem.of("format", "event.error.format.required"));
        } else {
            if (event.format().inPerson() && blank(event.placeName()) && blank(event.address())) {
                problems.add(FieldProblem.of("address", "event.error.place.required"));
            }
            if (event.format().online() && blank(event.onlineLink())) {
                problems.add(FieldProblem.of("onlineLink", "event.error.onlineLink.required"));
            }
        }
        if (!blank(event.onlineLink()) && !isWebLink(event.onlineLink().strip())) {
            problems.add(FieldProblem.of("onlineLink", "event.error.onlineLink.invalid"));
        }
        tooLong(problems, "placeName", event.placeName(), EventDetails.PLACE_LENGTH);
        tooLong(problems, "address", event.address(), EventDetails.ADDRESS_LENGTH);
        tooLong(problems, "onlineLink", event.onlineLink(), EventDetails.LINK_LENGTH);
        if (event.capacity() != null && (event.capacity() < 1 || event.capacity() > MAX_CAPACITY)) {
            problems.add(FieldProblem.of("capacity", "event.error.capacity.range"));
        }
        if ((event.latitude() == null) != (event.longitude() == null)) {
            problems.add(FieldProblem.of("latitude", "event.error.coordinates.both"));
        }
        if (event.latitude() != null && (event.latitude() < -90 || event.latitude() > 90)) {
            problems.add(FieldProblem.of("latitude", "event.error.latitude.range"));
        }
        if (event.longitude() != null && (event.longitude() < -180 || event.longitude() > 180)) {
            problems.add(FieldProblem.of("longitude", "event.error.longitude.range"));
        }
        if (event.registrationDeadline() != null
                && event.startsAt() != null
                && event.registrationDeadline().isAfter(event.startsAt())) {
            problems.add(FieldProblem.of("registrationDeadline", "event.error.deadline.afterStart"));
        }
        return problems;
    }

    /** Whether {@code link} is an absolute http or https address with a host (no javascript:, data: or the like). */
    public static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "event.error." + field + ".tooLong"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
