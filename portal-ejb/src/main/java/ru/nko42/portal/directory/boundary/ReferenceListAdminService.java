package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.directory.control.ReferenceEntryRules;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.TargetGroup;
import ru.nko42.portal.model.services.RecipientCategory;

/**
 * The directory's reference lists as administrators keep them: every entry, active or not, added and changed but
 * never deleted, because revisions refer to them; an entry no longer offered is deactivated. Changes go through
 * the same persistence unit as {@link ReferenceListService}, so its cached lists see them at once.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ReferenceListAdminService {

    private static final FieldProblem CODE_TAKEN = FieldProblem.of("code", "admin.reference.error.code.taken");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Every entry of the list, inactive ones included, in the list's order. */
    public List<ReferenceEntryView> entries(ReferenceList list) {
        return em.createNamedQuery(list.findAll(), list.entityType()).getResultList().stream()
                .map(ReferenceEntryView::of)
                .toList();
    }

    /** Adds an entry under a code not used in the list yet. */
    public ReferenceEntryView add(ReferenceList list, ReferenceEntryForm form) {
        String code = ReferenceEntryRules.cleaned(form.getCode());
        String nameRu = ReferenceEntryRules.cleaned(form.getNameRu());
        String nameEn = ReferenceEntryRules.cleaned(form.getNameEn());
        List<FieldProblem> problems = new ArrayList<>(ReferenceEntryRules.checkCode(code));
        problems.addAll(ReferenceEntryRules.checkDetails(nameRu, nameEn, form.getPosition()));
        if (problems.isEmpty() && codeTaken(list, code)) {
            problems.add(CODE_TAKEN);
        }
        refuseIfAny(problems);
        OrganizationKind appliesTo = list.hasAppliesTo() ? form.getAppliesTo() : null;
        ReferenceEntry entry = switch (list) {
            case LEGAL_FORM -> new LegalForm(code, nameRu, nameEn, form.getPosition(), appliesTo);
            case ACTIVITY_AREA -> new ActivityArea(code, nameRu, nameEn, form.getPosition());
            case TARGET_GROUP -> new TargetGroup(code, nameRu, nameEn, form.getPosition());
            case RECIPIENT_CATEGORY -> new RecipientCategory(code, nameRu, nameEn, form.getPosition());
        };
        entry.setActive(form.isActive());
        em.persist(entry);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (ExceptionChain.of(e).anyMatch(SQLIntegrityConstraintViolationException.class::isInstance)) {
                throw new InvalidReferenceEntryException(List.of(CODE_TAKEN));
            }
            throw e;
        }
        audit.record("reference.entry.add", AuditItem.valueOf(list.name()), entry.getId(), null, fields(entry));
        return ReferenceEntryView.of(entry);
    }

    /**
     * Changes the names, position, activity (and, for a legal form, the kind it applies to) of the entry the form
     * was filled from, unless someone else saved it since.
     */
    public ReferenceEntryView change(ReferenceList list, ReferenceEntryForm form) {
        ReferenceEntry entry = form.getId() == null ? null : em.find(list.entityType(), form.getId());
        if (entry == null) {
            throw new InvalidInputException("admin.reference.error.missing");
        }
        if (entry.getVersion() != form.getBaseVersion()) {
            throw new ReferenceEntryChangedException(entry.getId());
        }
        String nameRu = ReferenceEntryRules.cleaned(form.getNameRu());
        String nameEn = ReferenceEntryRules.cleaned(form.getNameEn());
        refuseIfAny(ReferenceEntryRules.checkDetails(nameRu, nameEn, form.getPosition()));
        Map<String, Object> before = fields(entry);
        entry.setNameRu(nameRu);
        entry.setNameEn(nameEn);
        entry.setPosition(form.getPosition());
        entry.setActive(form.isActive());
        if (entry instanceof LegalForm legalForm) {
            legalForm.setAppliesTo(form.getAppliesTo());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ReferenceEntryChangedException(entry.getId());
        }
        audit.record("reference.entry.change", AuditItem.valueOf(list.name()), entry.getId(), before, fields(entry));
        return ReferenceEntryView.of(entry);
    }

    private static Map<String, Object> fields(ReferenceEntry entry) {
        return Changes.of(
                "code", entry.getCode(),
                "nameRu", entry.getNameRu(),
                "nameEn", entry.getNameEn(),
                "position", entry.getPosition(),
                "active", entry.isActive(),
                "appliesTo", entry instanceof LegalForm legalForm ? legalForm.getAppliesTo() : null);
    }

    private boolean codeTaken(ReferenceList list, String code) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<? extends ReferenceEntry> entry = query.from(list.entityType());
        query.select(cb.count(entry)).where(cb.equal(entry.get("code"), code));
        return em.createQuery(query).getSingleResult() > 0;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidReferenceEntryException(problems);
        }
    }
}
