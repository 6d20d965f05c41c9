package ru.nko42.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.events.boundary.EventLookup;
import ru.nko42.portal.events.boundary.EventRegistrationService;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.InvalidRegistrationException;
import ru.nko42.portal.events.boundary.PublicEvent;
import ru.nko42.portal.events.boundary.RegistrationForm;
import ru.nko42.portal.events.boundary.RegistrationOutcome;
import ru.nko42.portal.model.events.EventRegistration;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.LanguageSwitcher;
import ru.nko42.portal.web.content.ListAddress;
import ru.nko42.portal.web.directory.FieldMessages;

/**
 * One event, {@code /events/<slug>} (rewritten to {@code /event?slug=}): when (Kuzbass time), how and where (with a
 * map), the text, and registration: the form while it is open, or why it is not. A slug the event had before
 * answers 301, an unknown or not yet public one 404.
 */
@Named
@ViewScoped
public class EventPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "register";

    @Inject
    EventSiteService site;

    @Inject
    EventRegistrationService registrations;

    @Inject
    LanguageSwitcher language;

    private String slug;
    private PublicEvent event;
    private RegistrationOutcome outcome;

    private String name;
    private String organization;
    private String email;
    private String phone;
    private boolean consent;

    public void load() throws IOException {
        EventLookup lookup = site.find(slug);
        if (lookup.isMoved()) {
            HttpServletResponse response = Faces.getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", Faces.getRequestContextPath() + "/events/" + lookup.movedTo());
            Faces.responseComplete();
            return;
        }
        if (!lookup.isFound()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            return;
        }
        event = lookup.event();
    }

    public void register() {
        try {
            outcome = registrations.register(new RegistrationForm(
                    event.piece().id(),
                    name,
                    organization,
                    email,
                    phone,
                    consent,
                    language.getLocale().getLanguage()));
            Messages.info(outcome.confirmed() ? "event.registration.confirmed" : "event.registration.waiting");
        } catch (InvalidRegistrationException e) {
            FieldMessages.show(FORM, e.problems(), e.messageKey());
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
        event = site.find(event.slug()).event();
    }

    /** The address of the events with {@code tag}, from the context root. */
    public String tagLink(String tag) {
        return "/events" + ListAddress.query(1, "tag", tag);
    }

    public PublicEvent getEvent() {
        return event;
    }

    public RegistrationOutcome getOutcome() {
        return outcome;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public int getNameLength() {
        return EventRegistration.NAME_LENGTH;
    }

    public int getOrganizationLength() {
        return EventRegistration.ORGANIZATION_LENGTH;
    }

    public int getEmailLength() {
        return EventRegistration.EMAIL_LENGTH;
    }

    public int getPhoneLength() {
        return EventRegistration.PHONE_LENGTH;
    }
}
