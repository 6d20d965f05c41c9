package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPage;
import ru.nko42.portal.model.content.ContentKind;

/** The news, {@code /news?tag=...&page=N}: public news newest first, a page at a time, by tag when one is chosen. */
@Named
@RequestScoped
public class NewsListBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    ContentSiteService site;

    private String tag;
    private int page = 1;
    private PublicPage news;

    public void load() {
        news = site.page(ContentKind.NEWS, tag, Math.max(page, 1) - 1, PAGE_SIZE);
    }

    /** The list's address with the tag and page in the query, so the filter can be bookmarked and shared. */
    public String link(String forTag, int forPage) {
        StringBuilder query = new StringBuilder();
        if (forTag != null && !forTag.isBlank()) {
            query.append("tag=").append(URLEncoder.encode(forTag, StandardCharsets.UTF_8));
        }
        if (forPage > 1) {
            query.append(query.length() > 0 ? "&" : "").append("page=").append(forPage);
        }
        return query.length() == 0 ? "" : "?" + query;
    }

    /** The address of the previous or next page of the same list. */
    public String pageLink(int forPage) {
        return link(tag, forPage);
    }

    public PublicPage getNews() {
        return news;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
