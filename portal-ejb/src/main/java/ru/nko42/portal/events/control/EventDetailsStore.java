package ru.nko42.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.content.control.PieceDetailsStore;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventFormat;

/**
 * The editor's store of an event's own fields, in the piece's transaction (see {@link PieceDetailsStore}). A raised
 * capacity gives the new places to those waiting at once (under the event's lock), and tells them by mail.
 */
@ApplicationScoped
public class EventDetailsStore implements PieceDetailsStore {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    EventSeats seats;

    @Inject
    EventMailer mailer;

    @Inject
    PortalClock clock;

    @Override
    public ContentKind kind() {
        return ContentKind.EVENT;
    }

    @Override
    public PieceDetails read(ContentPiece piece) {
        EventDetails details = em.find(EventDetails.class, piece.getId());
        if (details == null) {
            Instant start = clock.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
            return new EventInfo(
                    start,
                    start.plus(Duration.ofHours(2)),
                    EventFormat.IN_PERSON,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    null);
        }
        return info(details);
    }

    @Override
    public void write(ContentPiece piece, PieceDetails typed) {
        EventInfo event = (EventInfo) typed;
        List<FieldProblem> problems = new java.util.ArrayList<>(EventRules.check(event));
        String municipality = ContentRules.cleaned(event.municipalityCode());
        if (municipality != null
                && em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                        .setParameter("code", municipality)
                        .getResultStream()
                        .findAny()
                        .isEmpty()) {
            problems.add(FieldProblem.of("municipality", "event.error.municipality.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        EventDetails details = seats.lock(piece.getId()).orElse(null);
        boolean isNew = details == null;
        if (isNew) {
            details = new EventDetails(piece.getId());
            em.persist(details);
        }
        details.setStartsAt(event.startsAt());
        details.setEndsAt(event.endsAt());
        details.setFormat(event.format());
        details.setPlaceName(ContentRules.cleaned(event.placeName()));
        details.setAddress(ContentRules.cleaned(event.address()));
        details.setMunicipalityCode(municipality);
        details.setLatitude(event.latitude());
        details.setLongitude(event.longitude());
        details.setOnlineLink(ContentRules.cleaned(event.onlineLink()));
        details.setCapacity(event.capacity());
        details.setRegistrationOpen(event.registrationOpen());
        details.setRegistrationDeadline(event.registrationDeadline());
        if (!isNew) {
            EventDetails locked = details;
            em.flush();
            seats.fill(locked, clock.now())
                    .forEach(moved -> mailer.send(EventMailer.Kind.PROMOTED, piece, locked, moved, null));
        }
    }

    @Override
    public Map<String, Object> auditFields(ContentPiece piece) {
        EventDetails d = em.find(EventDetails.class, piece.getId());
        if (d == null) {
            return new java.util.HashMap<>();
        }
        return Changes.of(
                "startsAt", d.getStartsAt(),
                "endsAt", d.getEndsAt(),
                "format", d.getFormat(),
                "placeName", d.getPlaceName(),
                "address", d.getAddress(),
                "municipality", d.getMunicipalityCode(),
                "onlineLink", d.getOnlineLink(),
                "latitude", d.getLatitude(),
                "longitude", d.getLongitude(),
                "capacity", d.getCapacity(),
                "registrationOpen", d.isRegistrationOpen(),
                "registrationDeadline", d.getRegistrationDeadline());
    }

    static EventInfo info(EventDetails d) {
        return new EventInfo(
                d.getStartsAt(),
                d.getEndsAt(),
                d.getFormat(),
                d.getPlaceName(),
                d.getAddress(),
                d.getMunicipalityCode(),
                d.getLatitude(),
                d.getLongitude(),
                d.getOnlineLink(),
                d.getCapacity(),
                d.isRegistrationOpen(),
                d.getRegistrationDeadline());
    }
}
