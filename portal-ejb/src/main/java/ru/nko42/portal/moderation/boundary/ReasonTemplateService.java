package ru.nko42.portal.moderation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.model.moderation.ReasonTemplate;
import ru.nko42.portal.moderation.control.ReasonTemplateRules;

/**
 * The templates of the reasons moderators give when they send an item back. Moderators read the ones offered;
 * administrators add them, change their text, order them and switch them off or on, never delete them. Every change
 * names the version it was made from and is refused over someone else's newer one; every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ReasonTemplateService {

    /** The gap between neighbours' positions, so a list renumbered after a move reads 10, 20, 30, ... */
    private static final int POSITION_STEP = 10;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The templates a moderator may pick from, in the administrators' order. */
    @RolesAllowed({"ADMIN", "MODERATOR"})
    public List<ReasonTemplateView> active() {
        return em.createNamedQuery(ReasonTemplate.FIND_ACTIVE, ReasonTemplate.class).getResultList().stream()
                .map(ReasonTemplateView::of)
                .toList();
    }

    /** Every template, switched off ones included, in order. */
    public List<ReasonTemplateRow> all() {
        return ordered().stream().map(ReasonTemplateRow::of).toList();
    }

    /** Adds an offered template at the end of the list. */
    public ReasonTemplateRow add(ReasonTemplateForm form) {
        String title = ReasonTemplateRules.cleanedTitle(form.getTitle());
        String body = ReasonTemplateRules.cleanedBody(form.getBody());
        refuseIfAny(ReasonTemplateRules.check(title, body));
        Integer last =
                em.createNamedQuery(ReasonTemplate.LAST_POSITION, Integer.class).getSingleResult();
        ReasonTemplate template = new ReasonTemplate(title, body, last == null ? POSITION_STEP : last + POSITION_STEP);
        em.persist(template);
        em.flush();
        audit.record("reason.template.add", AuditItem.REASON_TEMPLATE, template.getId(), null, fields(template));
        return ReasonTemplateRow.of(template);
    }

    /** Changes the title and text of the template the form was filled from, unless someone else changed it since. */
    public ReasonTemplateRow change(ReasonTemplateForm form) {
        ReasonTemplate template = current(form.getId(), form.getBaseVersion());
        String title = ReasonTemplateRules.cleanedTitle(form.getTitle());
        String body = ReasonTemplateRules.cleanedBody(form.getBody());
        refuseIfAny(ReasonTemplateRules.check(title, body));
        Map<String, Object> before = fields(template);
        template.setTitle(title);
        template.setBody(body);
        flush(template);
        audit.record("reason.template.change", AuditItem.REASON_TEMPLATE, template.getId(), before, fields(template));
        return ReasonTemplateRow.of(template);
    }

    /** Offers the template again, or no longer; a switched off template keeps its text and place. */
    public ReasonTemplateRow setActive(long id, long baseVersion, boolean active) {
        ReasonTemplate template = current(id, baseVersion);
        if (template.isActive() != active) {
            Map<String, Object> before = fields(template);
            template.setActive(active);
            flush(template);
            String action = active ? "reason.template.switchOn" : "reason.template.switchOff";
            audit.record(action, AuditItem.REASON_TEMPLATE, template.getId(), before, fields(template));
        }
        return ReasonTemplateRow.of(template);
    }

    /** Swaps the template with the one before it; the first stays where it is. */
    public ReasonTemplateRow moveUp(long id, long baseVersion) {
        return move(id, baseVersion, -1);
    }

    /** Swaps the template with the one after it; the last stays where it is. */
    public ReasonTemplateRow moveDown(long id, long baseVersion) {
        return move(id, baseVersion, 1);
    }

    private ReasonTemplateRow move(long id, long baseVersion, int step) {
        ReasonTemplate moved = current(id, baseVersion);
        List<ReasonTemplate> order = new ArrayList<>(ordered());
        int from = order.indexOf(moved);
        int to = from + step;
        if (to < 0 || to >= order.size()) {
            return ReasonTemplateRow.of(moved);
        }
        Collections.swap(order, from, to);
        Map<ReasonTemplate, Map<String, Object>> renumbered = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            ReasonTemplate template = order.get(i);
            int position = (i + 1) * POSITION_STEP;
            if (template.getPosition() != position) {
                renumbered.put(template, fields(template));
                template.setPosition(position);
            }
        }
        flush(moved);
        renumbered.forEach((template, before) -> audit.record(
                "reason.template.move", AuditItem.REASON_TEMPLATE, template.getId(), before, fields(template)));
        return ReasonTemplateRow.of(moved);
    }

    private List<ReasonTemplate> ordered() {
        return em.createNamedQuery(ReasonTemplate.FIND_ALL, ReasonTemplate.class)
                .getResultList();
    }

    /** The template, as long as it is still at the version the caller saw. */
    private ReasonTemplate current(Long id, long baseVersion) {
        ReasonTemplate template = id == null ? null : em.find(ReasonTemplate.class, id);
        if (template == null) {
            throw new InvalidInputException("admin.reasonTemplates.error.missing");
        }
        if (template.getVersion() != baseVersion) {
            throw new ReasonTemplateChangedException(template.getId());
        }
        return template;
    }

    /** Writes now, so that a save that lost the race to someone else's is refused here, with its own message. */
    private void flush(ReasonTemplate template) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ReasonTemplateChangedException(template.getId());
        }
    }

    private static Map<String, Object> fields(ReasonTemplate template) {
        return Changes.of(
                "title", template.getTitle(),
                "body", template.getBody(),
                "position", template.getPosition(),
                "active", template.isActive());
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidReasonTemplateException(problems);
        }
    }
}
