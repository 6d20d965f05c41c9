package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPage;
import ru.nko42.portal.content.boundary.TagCount;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.PublicEvent;
import ru.nko42.portal.model.content.ContentKind;

/**
 * A library of articles and documents: {@code /practices}, {@code /ngo-info} or {@code /accountants-club}, with
 * {@code ?tag=...&page=N}: the section's public pieces newest first, its tags to filter by, and for the
 * accountants' club its meetings.
 */
@Named
@RequestScoped
public class LibraryListBacking {

    static final int PAGE_SIZE = 10;
    static final int MEETINGS = 5;

    @Inject
    ContentSiteService site;

    @Inject
    EventSiteService events;

    private ContentKind kind;
    private String tag;
    private int page = 1;
    private PublicPage pieces;
    private List<TagCount> tags;
    private List<PublicEvent> meetings;

    /** Loads the library of {@code kindName}, one of the library kinds. */
    public void load(String kindName) {
        kind = ContentKind.valueOf(kindName);
        pieces = site.page(kind, tag, Math.max(page, 1) - 1, PAGE_SIZE);
        tags = site.tags(kind);
        meetings = kind == ContentKind.ACCOUNTANTS_CLUB
                ? events.upcoming(EventSiteService.ACCOUNTANTS_CLUB_TAG, MEETINGS)
                : List.of();
    }

    /** The accountants' club's meetings still to come, soonest first; none for the other libraries. */
    public List<PublicEvent> getMeetings() {
        return meetings;
    }

    /** The list's address with the tag and page in the query. */
    public String link(String forTag, int forPage) {
        return ListAddress.query(forPage, "tag", forTag);
    }

    public String pageLink(int forPage) {
        return link(tag, forPage);
    }

    /** The three libraries, for the links between them. */
    public List<ContentKind> getLibraries() {
        return LibraryPieceBacking.LIBRARIES;
    }

    public ContentKind getKind() {
        return kind;
    }

    public PublicPage getPieces() {
        return pieces;
    }

    public List<TagCount> getTags() {
        return tags;
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
