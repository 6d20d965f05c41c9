package ru.nko42.portal.web.directory;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Param;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.DirectoryPage;
import ru.nko42.portal.directory.boundary.DirectoryQuery;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.directory.boundary.OrganizationCard;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.directory.boundary.ReferenceListService;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.web.config.LanguageSwitcher;

/**
 * The public list of organizations, {@code /organizations}: filters from the address (a plain GET form sets them),
 * one page of cards, the pager, and how many organizations each municipality has under the other filters.
 */
@Named
@RequestScoped
public class OrganizationsBacking {

    @Inject
    DirectorySearchService search;

    @Inject
    ReferenceListService lists;

    @Inject
    DirectoryOverviewService overview;

    @Inject
    LanguageSwitcher language;

    @Inject
    @Param(name = "kind")
    String kind;

    @Inject
    @Param(name = "municipality")
    String municipality;

    @Inject
    @Param(name = "area")
    String area;

    @Inject
    @Param(name = "group")
    String group;

    @Inject
    @Param(name = "q")
    String text;

    @Inject
    @Param(name = "sort")
    String sort;

    @Inject
    @Param(name = "page")
    String page;

    private List<MunicipalitySummary> municipalities;
    private List<ReferenceItem> activityAreas;
    private List<ReferenceItem> targetGroups;
    private DirectoryAddress address;
    private DirectoryPage result;

    @PostConstruct
    void load() {
        Locale locale = language.getLocale();
        Collator collator = Collator.getInstance(locale);
        municipalities = overview.summary().municipalities().stream()
                .sorted(Comparator.comparing(m -> m.name(locale), collator))
                .toList();
        activityAreas = lists.activityAreas();
        targetGroups = lists.targetGroups();
        address = DirectoryAddress.parse(kind, municipality, area, group, text, sort, page)
                .known(
                        municipalities.stream().map(MunicipalitySummary::code).collect(Collectors.toSet()),
                        codes(activityAreas),
                        codes(targetGroups));
        result = search.search(address.query());
        address = address.onPage(result.page());
    }

    public DirectoryAddress getAddress() {
        return address;
    }

    public DirectoryPage getResult() {
        return result;
    }

    public List<OrganizationKind> getKinds() {
        return List.of(OrganizationKind.values());
    }

    public List<DirectoryQuery.Sort> getSorts() {
        return List.of(DirectoryQuery.Sort.values());
    }

    public String param(Enum<?> constant) {
        return DirectoryAddress.param(constant);
    }

    public List<MunicipalitySummary> getMunicipalities() {
        return municipalities;
    }

    public List<ReferenceItem> getActivityAreas() {
        return activityAreas;
    }

    public List<ReferenceItem> getTargetGroups() {
        return targetGroups;
    }

    /** The municipalities where something matches the other filters, with how many, in the reader's order. */
    public List<MunicipalityFacet> getFacets() {
        return municipalities.stream()
                .filter(m -> result.byMunicipality().containsKey(m.code()))
                .map(m -> new MunicipalityFacet(
                        m.name(language.getLocale()),
                        result.byMunicipality().get(m.code()),
                        address.inMunicipality(m.code()).url(),
                        m.code().equals(address.municipality())))
                .toList();
    }

    /** How many organizations match the other filters in all municipalities together. */
    public long getAllMunicipalitiesCount() {
        return result.byMunicipality().values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }

    public String getAllMunicipalitiesUrl() {
        return address.inMunicipality(null).url();
    }

    public List<PageLink> getPages() {
        return PageLinks.numbers(result.page(), result.pageCount()).stream()
                .map(n -> n == PageLinks.GAP
                        ? PageLink.GAP
                        : new PageLink(n, address.onPage(n).url(), n == result.page()))
                .toList();
    }

    public String getPreviousUrl() {
        return address.onPage(result.page() - 1).url();
    }

    public String getNextUrl() {
        return address.onPage(result.page() + 1).url();
    }

    public String getResetUrl() {
        return DirectoryAddress.PATH;
    }

    /** The names of a card's activity areas in the reader's language. */
    public String areaNames(OrganizationCard card) {
        return card.activityAreas().stream()
                .map(item -> item.name(language.getLocale()))
                .collect(Collectors.joining(", "));
    }

    private static Set<String> codes(List<ReferenceItem> items) {
        return items.stream().map(ReferenceItem::code).collect(Collectors.toSet());
    }

    /** A municipality in the list of counts beside the results. */
    public record MunicipalityFacet(String name, long count, String url, boolean current) {}

    /** A link of the pager; {@link #GAP} stands for the pages left out. */
    public record PageLink(int number, String url, boolean current) {

        static final PageLink GAP = new PageLink(PageLinks.GAP, null, false);

        public boolean isGap() {
            return number == PageLinks.GAP;
        }
    }
}
