package ru.nko42.portal.opendata.control;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;

/**
 * The portal's three vocabularies as HSDS taxonomies ({@code taxonomy.json}) and their entries as taxonomy terms
 * ({@code taxonomy_term.json}): the 442-ФЗ types ({@link HsdsIds#TYPES}) and forms ({@link HsdsIds#FORMS}) of social
 * services and the recipient categories ({@link HsdsIds#CATEGORIES}). Names are Russian; a term's {@code code} is the
 * entry's code, its id {@link HsdsIds#term(String, String)}.
 */
public final class HsdsTaxonomies {

    /** The portal's taxonomies, in the order they are listed. */
    public static final List<String> ALL = List.of(HsdsIds.TYPES, HsdsIds.FORMS, HsdsIds.CATEGORIES);

    private HsdsTaxonomies() {}

    /** The taxonomy of a vocabulary's entry: {@link HsdsIds#TYPES}, {@link HsdsIds#FORMS} or {@link HsdsIds#CATEGORIES}. */
    public static String of(ReferenceEntry entry) {
        if (entry instanceof SocialServiceType) {
            return HsdsIds.TYPES;
        }
        if (entry instanceof SocialServiceForm) {
            return HsdsIds.FORMS;
        }
        if (entry instanceof RecipientCategory) {
            return HsdsIds.CATEGORIES;
        }
        throw new IllegalArgumentException("no taxonomy for " + entry.getClass().getName());
    }

    /** The vocabulary (entity class) of one of {@link #ALL}. */
    public static Class<? extends ReferenceEntry> vocabulary(String taxonomy) {
        return switch (taxonomy) {
            case HsdsIds.TYPES -> SocialServiceType.class;
            case HsdsIds.FORMS -> SocialServiceForm.class;
            case HsdsIds.CATEGORIES -> RecipientCategory.class;
            default -> throw new IllegalArgumentException("no such taxonomy: " + taxonomy);
        };
    }

    /** Which of {@link #ALL} has this HSDS id. */
    public static Optional<String> byId(String hsdsId) {
        return ALL.stream()
                .filter(taxonomy -> HsdsIds.taxonomy(taxonomy).toString().equalsIgnoreCase(hsdsId))
                .findFirst();
    }

    /** The Russian name of one of {@link #ALL}. */
    public static String name(String taxonomy) {
        return HsdsTexts.text("taxonomy." + taxonomy + ".name");
    }

    /** The taxonomy document ({@code taxonomy.json}): id, name, description. */
    public static JsonObject taxonomy(String taxonomy) {
        return HsdsJson.object()
                .put("id", HsdsIds.taxonomy(taxonomy).toString())
                .putRequired("name", name(taxonomy))
                .putRequired("description", HsdsTexts.text("taxonomy." + taxonomy + ".description"))
                .build();
    }

    /**
     * The term document ({@code taxonomy_term.json}) of a vocabulary entry: id, code, name (Russian), description
     * ("taxonomy: name"), taxonomy (its name), taxonomy_id, language "ru", and, when {@code withTaxonomy}, the
     * taxonomy's own document as {@code taxonomy_detail}.
     */
    public static JsonObject term(ReferenceEntry entry, boolean withTaxonomy) {
        String taxonomy = of(entry);
        return HsdsJson.object()
                .put("id", HsdsIds.term(taxonomy, entry.getCode()).toString())
                .put("code", entry.getCode())
                .putRequired("name", entry.getNameRu())
                .putRequired("description", name(taxonomy) + ": " + entry.getNameRu())
                .put("taxonomy", name(taxonomy))
                .put("taxonomy_detail", withTaxonomy ? taxonomy(taxonomy) : null)
                .put("language", "ru")
                .put("taxonomy_id", HsdsIds.taxonomy(taxonomy).toString())
                .build();
    }
}
