package ru.nko42.portal.web.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import ru.nko42.portal.directory.boundary.DirectoryQuery;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * The filters, sort and page of the directory's list as its address carries them ({@code /organizations?kind=tos&
 * municipality=kemerovsky-go&q=...&sort=newest&page=2}), so that a filtered list can be bookmarked and shared.
 * Anything may arrive in an address: what cannot be understood is dropped, never an error.
 */
public record DirectoryAddress(
        OrganizationKind kind,
        String municipality,
        String area,
        String group,
        String text,
        DirectoryQuery.Sort sort,
        int page) {

    public static final String PATH = "/organizations";

    /** Longer page numbers than this are past any last page anyway. */
    private static final int PAGE_DIGITS = 9;

    public DirectoryAddress {
        municipality = blankToNull(municipality);
        area = blankToNull(area);
        group = blankToNull(group);
        text = blankToNull(text);
        if (text != null && text.length() > DirectoryQuery.MAX_TEXT) {
            text = text.substring(0, DirectoryQuery.MAX_TEXT);
        }
        sort = sort == null ? DirectoryQuery.Sort.NAME : sort;
        page = Math.max(1, page);
    }

    /** Reads the request parameters as they came, leniently. */
    public static DirectoryAddress parse(
            String kind, String municipality, String area, String group, String text, String sort, String page) {
        return new DirectoryAddress(
                constant(OrganizationKind.class, kind),
                municipality,
                area,
                group,
                text,
                constant(DirectoryQuery.Sort.class, sort),
                pageNumber(page));
    }

    /** The same address without the codes that name nothing in the directory's lists. */
    public DirectoryAddress known(Set<String> municipalities, Set<String> areas, Set<String> groups) {
        return new DirectoryAddress(
                kind,
                municipalities.contains(municipality) ? municipality : null,
                areas.contains(area) ? area : null,
                groups.contains(group) ? group : null,
                text,
                sort,
                page);
    }

    public DirectoryQuery query() {
        return new DirectoryQuery(kind, municipality, area, group, text, sort, page, DirectoryQuery.DEFAULT_PAGE_SIZE);
    }

    public DirectoryAddress onPage(int number) {
        return new DirectoryAddress(kind, municipality, area, group, text, sort, number);
    }

    /** The first page of the same search in another municipality, or in all of them for {@code null}. */
    public DirectoryAddress inMunicipality(String code) {
        return new DirectoryAddress(kind, code, area, group, text, sort, 1);
    }

    public boolean isFiltered() {
        return kind != null || municipality != null || area != null || group != null || text != null;
    }

    /** The address below the context path; parameters at their defaults are left out. */
    public String url() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        add(query, "q", text);
        add(query, "kind", kind == null ? null : param(kind));
        add(query, "municipality", municipality);
        add(query, "area", area);
        add(query, "group", group);
        add(query, "sort", sort == DirectoryQuery.Sort.NAME ? null : param(sort));
        add(query, "page", page == 1 ? null : Integer.toString(page));
        return PATH + query;
    }

    /** How an enum constant is written in addresses: {@code tos}, {@code newest}. */
    public static String param(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return value == null
                ? null
                : Arrays.stream(type.getEnumConstants())
                        .filter(c -> c.name().equalsIgnoreCase(value.strip()))
                        .findFirst()
                        .orElse(null);
    }

    private static int pageNumber(String value) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("[0-9]+")) {
            return 1;
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > PAGE_DIGITS ? Integer.MAX_VALUE : Integer.parseInt(significant);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
