package ru.nko42.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.events.boundary.EventParticipants;
import ru.nko42.portal.events.boundary.EventParticipantsService;
import ru.nko42.portal.web.account.Messages;

/**
 * The participants of an event for its editors, {@code /editor/participants?id=N}: confirmed and waiting with their
 * registration times, cancelling one on their behalf, and the CSV and XLSX downloads.
 */
@Named
@ViewScoped
public class ParticipantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventParticipantsService service;

    private Long id;
    private EventParticipants participants;

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "");
            return;
        }
        try {
            participants = service.participants(id);
        } catch (BusinessException e) {
            Faces.responseSendError(404, "");
        }
    }

    public void cancel(long registrationId) {
        try {
            participants = service.cancel(id, registrationId);
            Messages.info("event.participants.cancelled");
        } catch (BusinessException e) {
            Messages.error(null, e.messageKey(), null);
        }
    }

    public EventParticipants getParticipants() {
        return participants;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
