package ru.nko42.portal.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.directory.boundary.ReferenceListService;
import ru.nko42.portal.web.config.LanguageSwitcher;

/** The names of reference codes in the reader's language, for pages that show a profile as it was typed. */
@Named
@RequestScoped
public class ReferenceNames {

    @Inject
    ReferenceListService lists;

    @Inject
    DirectoryOverviewService overview;

    @Inject
    LanguageSwitcher language;

    private Map<String, ReferenceItem> legalForms;
    private Map<String, ReferenceItem> activityAreas;
    private Map<String, ReferenceItem> targetGroups;
    private Map<String, MunicipalitySummary> municipalities;

    public String legalForm(String code) {
        if (legalForms == null) {
            legalForms = byCode(lists.legalForms(null));
        }
        return name(legalForms.get(code), code);
    }

    public String municipality(String code) {
        if (municipalities == null) {
            municipalities = overview.summary().municipalities().stream()
                    .collect(Collectors.toMap(MunicipalitySummary::code, Function.identity()));
        }
        MunicipalitySummary found = municipalities.get(code);
        return found == null ? code : found.name(locale());
    }

    public String activityAreas(List<String> codes) {
        if (activityAreas == null) {
            activityAreas = byCode(lists.activityAreas());
        }
        return names(activityAreas, codes);
    }

    public String targetGroups(List<String> codes) {
        if (targetGroups == null) {
            targetGroups = byCode(lists.targetGroups());
        }
        return names(targetGroups, codes);
    }

    private String names(Map<String, ReferenceItem> items, List<String> codes) {
        return codes == null
                ? ""
                : codes.stream().map(code -> name(items.get(code), code)).collect(Collectors.joining(", "));
    }

    private String name(ReferenceItem item, String code) {
        return item == null ? code : item.name(locale());
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static Map<String, ReferenceItem> byCode(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, Function.identity()));
    }
}
