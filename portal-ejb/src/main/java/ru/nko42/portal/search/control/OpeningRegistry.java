package ru.nko42.portal.search.control;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import ru.nko42.portal.schedule.control.OpeningHours;

/**
 * The hours of every service the index holds, compiled, to tell which are open at an instant ("open now", "open on
 * Saturday at 10:00"). Schedules keep their own zone (Kuzbass), so the answer does not depend on the server's.
 * Services without hours are never open. Safe for any number of threads.
 */
public final class OpeningRegistry {

    private volatile Map<Long, List<OpeningHours>> hours = new ConcurrentHashMap<>();

    /** Keeps the service's hours, or forgets it when it has none. */
    public void put(long id, List<OpeningHours> serviceHours) {
        if (serviceHours.isEmpty()) {
            hours.remove(id);
        } else {
            hours.put(id, List.copyOf(serviceHours));
        }
    }

    public void remove(long id) {
        hours.remove(id);
    }

    /** Replaces everything with the hours of a rebuild. */
    public void replaceWith(Map<Long, List<OpeningHours>> all) {
        hours = new ConcurrentHashMap<>(all);
    }

    /** The ids of the services open at the instant. */
    public Set<Long> openAt(Instant instant) {
        Set<Long> open = new HashSet<>();
        hours.forEach((id, list) -> {
            if (isOpen(list, instant)) {
                open.add(id);
            }
        });
        return open;
    }

    /** Those of the ids whose services are open at the instant. */
    public Set<Long> openAmong(Collection<Long> ids, Instant instant) {
        Set<Long> open = new HashSet<>();
        for (Long id : ids) {
            List<OpeningHours> list = hours.get(id);
            if (list != null && isOpen(list, instant)) {
                open.add(id);
            }
        }
        return open;
    }

    /** The hours kept for a service; empty when it has none or is not held. */
    public List<OpeningHours> hoursOf(long id) {
        return hours.getOrDefault(id, List.of());
    }

    public int size() {
        return hours.size();
    }

    private static boolean isOpen(List<OpeningHours> list, Instant instant) {
        for (OpeningHours opening : list) {
            if (opening.isOpen(instant)) {
                return true;
            }
        }
        return false;
    }
}
