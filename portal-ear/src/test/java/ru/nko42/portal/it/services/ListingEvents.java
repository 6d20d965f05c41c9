package ru.nko42.portal.it.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import ru.nko42.portal.services.boundary.ServiceListingChanged;

/** Catches the listing events of committed transactions, as the search index does. */
@ApplicationScoped
public class ListingEvents {

    private final List<Long> changed = new CopyOnWriteArrayList<>();

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceListingChanged event) {
        changed.add(event.serviceId());
    }

    public long countFor(long serviceId) {
        return changed.stream().filter(id -> id == serviceId).count();
    }
}
