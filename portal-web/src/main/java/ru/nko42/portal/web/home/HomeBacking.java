package ru.nko42.portal.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.DirectorySummary;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.services.boundary.ServiceVocabularyService;

/** The home page: the search of services, the directory in numbers and the municipalities of Kuzbass. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    DirectoryOverviewService directory;

    @Inject
    ServiceVocabularyService vocabularies;

    private DirectorySummary summary;

    @PostConstruct
    void load() {
        summary = directory.summary();
    }

    public DirectorySummary getSummary() {
        return summary;
    }

    /** The recipient categories, for the links under the search box ("Пожилые люди", "Семьи с детьми", ...). */
    public List<ReferenceItem> getCategories() {
        return vocabularies.recipientCategories();
    }
}
