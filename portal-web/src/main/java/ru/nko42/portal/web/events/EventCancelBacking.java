package ru.nko42.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.events.boundary.CancelView;
import ru.nko42.portal.events.boundary.EventRegistrationService;
import ru.nko42.portal.web.account.Messages;

/**
 * The page of a mailed cancel link, {@code /events/cancel?token=}: opening it changes nothing (mail scanners open
 * links); the button cancels (a POST), and a freed place goes to the first who waits.
 */
@Named
@ViewScoped
public class EventCancelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventRegistrationService registrations;

    private String token;
    private CancelView registration;
    private boolean cancelledNow;

    public void load() {
        try {
            registration = registrations.cancelView(token);
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
    }

    public void cancel() {
        try {
            registration = registrations.cancel(token);
            cancelledNow = true;
            Messages.info("event.cancel.done");
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
    }

    public CancelView getRegistration() {
        return registration;
    }

    public boolean isCancelledNow() {
        return cancelledNow;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
