package ru.nko42.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;

/** The history of actions on one organization, shown to administrators at the end of its page in my account. */
@Named
@RequestScoped
public class AuditHistoryBacking {

    @Inject
    AuditQueryService audit;

    private final Map<Long, List<AuditRow>> organizations = new HashMap<>();

    public List<AuditRow> organization(Long id) {
        return id == null
                ? List.of()
                : organizations.computeIfAbsent(id, key -> audit.history(AuditItem.ORGANIZATION, key));
    }
}
