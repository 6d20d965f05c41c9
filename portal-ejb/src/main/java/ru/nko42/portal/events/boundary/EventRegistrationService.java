package ru.nko42.portal.events.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.account.control.EmailAddress;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.control.ContentRules;
import ru.nko42.portal.events.control.EventMailer;
import ru.nko42.portal.events.control.EventSeats;
import ru.nko42.portal.events.control.RegistrationRules;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.events.EventDetails;
import ru.nko42.portal.model.events.EventRegistration;

/**
 * Visitors register for events and cancel. A registration takes a place while the capacity allows, else a turn in
 * the waiting list; the event's row is locked meanwhile ({@link EventSeats}), so concurrent registrations never
 * overbook. One active registration per e-mail per event. The visitor gets a mail with a cancel link (its token
 * stored only as a hash) and the event's iCalendar file; cancelling a place gives it to the first who waits, who is
 * told by mail.
 */
@Stateless
@PermitAll
public class EventRegistrationService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    EventSeats seats;

    @Inject
    EventMailer mailer;

    public RegistrationOutcome register(RegistrationForm form) {
        List<FieldProblem> problems = RegistrationRules.check(form);
        if (!problems.isEmpty()) {
            throw new InvalidRegistrationException(problems);
        }
        EventDetails event =
                seats.lock(form.eventId()).orElseThrow(() -> new RegistrationClosedException(form.eventId()));
        Instant now = clock.now();
        ContentPiece piece = em.find(ContentPiece.class, form.eventId());
        if (piece.getKind() != ContentKind.EVENT || !piece.isPublicAt(now) || !event.acceptsRegistrationsAt(now)) {
            throw new RegistrationClosedException(form.eventId());
        }
        String email = EmailAddress.normalize(form.email());
        boolean already = em.createNamedQuery(EventRegistration.FIND_ACTIVE_BY_EMAIL, EventRegistration.class)
                .setParameter("event", form.eventId())
                .setParameter("email", email)
                .getResultStream()
                .findAny()
                .isPresent();
        if (already) {
            throw InvalidRegistrationException.of("email", "event.registration.error.duplicate");
        }
        String token = LinkToken.newToken();
        EventRegistration registration = new EventRegistration(
                form.eventId(),
                form.name().strip(),
                ContentRules.cleaned(form.organization()),
                email,
                ContentRules.cleaned(form.phone()),
                "en".equals(form.language()) ? "en" : "ru",
                LinkToken.hash(token),
                now);
        if (seats.placeFree(event)) {
            registration.confirm(now);
        }
        em.persist(registration);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw InvalidRegistrationException.of("email", "event.registration.error.duplicate");
        }
        mailer.send(
                registration.getStatus() == ru.nko42.portal.model.events.RegistrationStatus.CONFIRMED
                        ? EventMailer.Kind.CONFIRMED
                        : EventMailer.Kind.WAITING,
                piece,
                event,
                registration,
                token);
        return new RegistrationOutcome(registration.getId(), registration.getStatus());
    }

    /** What the cancel link leads to, for the page that asks to confirm. */
    public CancelView cancelView(String token) {
        EventRegistration registration = byToken(token);
        ContentPiece piece = em.find(ContentPiece.class, registration.getEventId());
        EventDetails event = em.find(EventDetails.class, registration.getEventId());
        return new CancelView(piece.getTitle(), piece.getSlug(), event.getStartsAt(), registration.getStatus());
    }

    /** Cancels the registration of the link (again: nothing changes); a freed place goes to the first who waits. */
    public CancelView cancel(String token) {
        EventRegistration found = byToken(token);
        EventDetails event = seats.lock(found.getEventId()).orElseThrow(UnknownCancelLinkException::new);
        EventRegistration registration = seats.current(found.getId()).orElseThrow(UnknownCancelLinkException::new);
        ContentPiece piece = em.find(ContentPiece.class, registration.getEventId());
        if (registration.isActive()) {
            Instant now = clock.now();
            seats.cancel(event, registration, now)
                    .ifPresent(next -> mailer.send(EventMailer.Kind.PROMOTED, piece, event, next, null));
            mailer.send(EventMailer.Kind.CANCELLED, piece, event, registration, null);
        }
        return new CancelView(piece.getTitle(), piece.getSlug(), event.getStartsAt(), registration.getStatus());
    }

    private EventRegistration byToken(String token) {
        if (!LinkToken.looksValid(token)) {
            throw new UnknownCancelLinkException();
        }
        return em.createNamedQuery(EventRegistration.FIND_BY_TOKEN_HASH, EventRegistration.class)
                .setParameter("hash", LinkToken.hash(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(UnknownCancelLinkException::new);
    }
}
