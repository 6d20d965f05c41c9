package ru.nko42.portal.web.sitesearch;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.search.boundary.SiteResult;
import ru.nko42.portal.search.boundary.SiteSearch;
import ru.nko42.portal.web.config.QueryString;

/**
 * The site search, {@code /search?q=...&kind=NEWS&page=N}: the centre's pages holding every word typed (in any of its
 * forms), best first, a page at a time, of one section when one is chosen; the same words lead on to the services'
 * search and the directory.
 */
@Named
@RequestScoped
public class SiteSearchBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    SiteSearch search;

    private String q;
    private ContentKind kind;
    private String page;
    private SiteResult result;

    public void load() {
        result = search.search(q, kind == null ? Set.of() : Set.of(kind), pageIndex(), PAGE_SIZE);
    }

    /** The address of page {@code forPage} (from 1) of the same search. */
    public String pageLink(int forPage) {
        QueryString query = new QueryString().add("q", q);
        if (kind != null) {
            query.add("kind", kind.name());
        }
        if (forPage > 1) {
            query.add("page", String.valueOf(forPage));
        }
        return "?" + query;
    }

    /** The query searching the same words elsewhere: {@code ?q=...}. */
    public String sameWords() {
        return "?" + new QueryString().add("q", q);
    }

    public ContentKind[] getKinds() {
        return ContentKind.values();
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public SiteResult getResult() {
        return result;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
    }

    public String getKind() {
        return kind == null ? null : kind.name();
    }

    /** The section by its name; an unknown one searches every section. */
    public void setKind(String name) {
        this.kind = java.util.Arrays.stream(ContentKind.values())
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    public String getPage() {
        return page;
    }

    /** The page as typed in the address; anything but a number from 1 up shows the first. */
    public void setPage(String page) {
        this.page = page;
    }

    private int pageIndex() {
        try {
            return Math.max(Integer.parseInt(page), 1) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
