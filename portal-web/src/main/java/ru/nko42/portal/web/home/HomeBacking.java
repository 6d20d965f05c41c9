package ru.nko42.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.DirectorySummary;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.services.boundary.ServiceVocabularyService;

/**
 * The home page: the search of services, the directory in numbers, the latest news and the municipalities of
 * Kuzbass.
 */
@Named
@RequestScoped
public class HomeBacking {

    private static final int LATEST_NEWS = 3;

    @Inject
    DirectoryOverviewService directory;

    @Inject
    ServiceVocabularyService vocabularies;

    @Inject
    ContentSiteService site;

    private DirectorySummary summary;
    private List<PublicPiece> latestNews;

    @PostConstruct
    void load() {
        summary = directory.summary();
        latestNews = site.latest(ContentKind.NEWS, LATEST_NEWS);
    }

    /** The three newest public news items. */
    public List<PublicPiece> getLatestNews() {
        return latestNews;
    }

    public DirectorySummary getSummary() {
        return summary;
    }

    /** The recipient categories, for the links under the search box ("Пожилые люди", "Семьи с детьми", ...). */
    public List<ReferenceItem> getCategories() {
        return vocabularies.recipientCategories();
    }
}
