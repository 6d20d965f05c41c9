package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.directory.boundary.InvalidProfileException;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.TargetGroup;

/**
 * Puts a checked form into a revision: trims the text, resolves the reference codes (only entries still offered),
 * checks every rule, and refuses the whole form with one problem per field if anything is wrong.
 */
@Dependent
public class ProfileWriter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Validator validator;

    public void write(ProfileForm form, OrganizationRevision revision, Account editor) {
        OrganizationDetails details = DetailsCleaner.cleaned(form.getDetails());
        List<FieldProblem> problems = new ArrayList<>(new ProfileRules(validator, Clock.systemUTC())
                .check(details, form.getMunicipality(), form.getLegalForm()));
        Municipality municipality = blank(form.getMunicipality()) ? null : municipality(form.getMunicipality());
        if (!blank(form.getMunicipality()) && municipality == null) {
            problems.add(FieldProblem.of("municipality", "profile.error.municipality.required"));
        }
        LegalForm legalForm = blank(form.getLegalForm()) ? null : byCode(LegalForm.class, form.getLegalForm());
        if (!blank(form.getLegalForm()) && (legalForm == null || !legalForm.offeredTo(details.getKind()))) {
            problems.add(FieldProblem.of("legalForm", "profile.error.legalForm.required"));
        }
        Set<ActivityArea> areas = resolve(ActivityArea.class, form.getActivityAreas(), "activityAreas", problems);
        Set<TargetGroup> groups = resolve(TargetGroup.class, form.getTargetGroups(), "targetGroups", problems);
        checkRegistrationFree(details, revision.getOrganization(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        revision.edit(details, legalForm, municipality, areas, groups, editor);
        revision.setLogoKey(blank(form.getLogoKey()) ? null : form.getLogoKey());
    }

    /** An ИНН or ОГРН of another organization cannot be taken by an edit; registering one is a claim instead. */
    private void checkRegistrationFree(
            OrganizationDetails details, Organization organization, List<FieldProblem> problems) {
        if (organization == null || organization.isNew()) {
            return;
        }
        for (Organization other : em.createNamedQuery(Organization.FIND_BY_REGISTRATION, Organization.class)
                .setParameter("inn", blank(details.getInn()) ? null : details.getInn())
                .setParameter("ogrn", blank(details.getOgrn()) ? null : details.getOgrn())
                .getResultList()) {
            if (!other.equals(organization)) {
                boolean sameInn = details.getInn() != null && details.getInn().equals(other.getInn());
                problems.add(FieldProblem.of(sameInn ? "inn" : "ogrn", "profile.error.registration.taken"));
            }
        }
    }

    private Municipality municipality(String code) {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private <E extends ReferenceEntry> E byCode(Class<E> type, String code) {
        return em.createQuery(
                        "SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code AND e.active = TRUE", type)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private <E extends ReferenceEntry> Set<E> resolve(
            Class<E> type, List<String> codes, String field, List<FieldProblem> problems) {
        Set<E> entries = new LinkedHashSet<>();
        for (String code : codes) {
            E entry = byCode(type, code);
            if (entry == null) {
                problems.add(FieldProblem.of(field, "profile.error.reference.unknown"));
            } else {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
