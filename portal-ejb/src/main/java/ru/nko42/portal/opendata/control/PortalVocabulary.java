package ru.nko42.portal.opendata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;

/**
 * Finds the portal's reference data that HSDS records name in words or ids: municipalities of Kuzbass by their name,
 * English name, code, HSDS id or administrative centre (case and ё/е ignored, "г." and "город" dropped; a city that
 * is the centre of both an urban and a municipal okrug is the urban okrug); the 442-ФЗ types and forms and the
 * recipient categories by our term ids ({@link HsdsIds#term}) or their code or name; a legal form by its name.
 */
@Dependent
public class PortalVocabulary {

    /** The vocabularies of services HSDS carries as taxonomies. */
    public enum Taxonomy {
        TYPES(HsdsIds.TYPES, SocialServiceType.class),
        FORMS(HsdsIds.FORMS, SocialServiceForm.class),
        CATEGORIES(HsdsIds.CATEGORIES, RecipientCategory.class);

        final String hsdsName;
        final Class<? extends ReferenceEntry> type;

        Taxonomy(String hsdsName, Class<? extends ReferenceEntry> type) {
            this.hsdsName = hsdsName;
            this.type = type;
        }
    }

    /** An HSDS taxonomy term as a record gives it: any of its parts may be missing. */
    public record Term(String id, String code, String name, String taxonomy) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private List<Municipality> municipalities;

    /** The code of the first municipality one of the names names. */
    public Optional<String> municipality(List<String> names) {
        for (String name : names) {
            Optional<String> found = municipality(name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> municipality(String name) {
        String wanted = normalized(name);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Municipality m : municipalities()) {
            if (wanted.equals(normalized(m.getCode()))
                    || wanted.equals(normalized(m.getNameRu()))
                    || wanted.equals(normalized(m.getNameEn()))
                    || wanted.equals(HsdsIds.municipality(m.getCode()).toString())) {
                return Optional.of(m.getCode());
            }
        }
        String city = wanted.replaceFirst("^(г\\.|город|гор\\.)\\s*", "");
        return municipalities().stream()
                .filter(m -> city.equals(normalized(m.getAdminCentre())))
                .sorted((a, b) -> Boolean.compare(
                        !a.getCode().endsWith("-go"), !b.getCode().endsWith("-go")))
                .map(Municipality::getCode)
                .findFirst();
    }

    /** Whether a municipality with the code exists. */
    public boolean municipalityExists(String code) {
        return code != null
                && municipalities().stream().anyMatch(m -> m.getCode().equals(code));
    }

    /** The codes of the terms that are entries of the vocabulary, each once, in the order given. */
    public List<String> codes(Taxonomy taxonomy, List<Term> terms) {
        List<? extends ReferenceEntry> entries = em.createQuery(
                        "SELECT e FROM " + taxonomy.type.getSimpleName()
                                + " e WHERE e.active = TRUE ORDER BY e.position",
                        taxonomy.type)
                .getResultList();
        List<String> codes = new ArrayList<>();
        for (Term term : terms) {
            for (ReferenceEntry entry : entries) {
                if (matches(taxonomy, entry, term) && !codes.contains(entry.getCode())) {
                    codes.add(entry.getCode());
                }
            }
        }
        return codes;
    }

    private static boolean matches(Taxonomy taxonomy, ReferenceEntry entry, Term term) {
        if (term.id() != null
                && term.id()
                        .equalsIgnoreCase(
                                HsdsIds.term(taxonomy.hsdsName, entry.getCode()).toString())) {
            return true;
        }
        boolean ourTaxonomy = term.taxonomy() == null
                || term.taxonomy().equalsIgnoreCase(taxonomy.hsdsName)
                || term.taxonomy()
                        .equalsIgnoreCase(HsdsIds.taxonomy(taxonomy.hsdsName).toString());
        if (!ourTaxonomy) {
            return false;
        }
        return (term.code() != null && term.code().equalsIgnoreCase(entry.getCode()))
                || (term.name() != null
                        && (normalized(term.name()).equals(normalized(entry.getNameRu()))
                                || normalized(term.name()).equals(normalized(entry.getNameEn()))));
    }

    /** The code of the legal form the status names, or {@code other}. */
    public String legalForm(String legalStatus) {
        String wanted = normalized(legalStatus);
        return em.createNamedQuery(LegalForm.FIND_ALL, LegalForm.class).getResultList().stream()
                .filter(form -> form.isActive() && !wanted.isEmpty())
                .filter(form -> wanted.equals(normalized(form.getCode()))
                        || wanted.equals(normalized(form.getNameRu()))
                        || wanted.equals(normalized(form.getNameEn())))
                .map(LegalForm::getCode)
                .findFirst()
                .orElse("other");
    }

    private List<Municipality> municipalities() {
        if (municipalities == null) {
            municipalities = em.createNamedQuery(Municipality.FIND_ALL, Municipality.class)
                    .getResultList();
        }
        return municipalities;
    }

    /** Lower case, ё as е, spaces collapsed. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
