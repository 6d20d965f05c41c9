package ru.nko42.portal.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.PublicEvent;

/** The home page's block of the next three events. */
@Named
@RequestScoped
public class HomeEventsBacking {

    private static final int COUNT = 3;

    @Inject
    EventSiteService events;

    private List<PublicEvent> upcoming;

    public List<PublicEvent> getUpcoming() {
        if (upcoming == null) {
            upcoming = events.upcoming(null, COUNT);
        }
        return upcoming;
    }
}
