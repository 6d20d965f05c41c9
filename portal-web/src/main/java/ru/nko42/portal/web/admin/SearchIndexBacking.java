package ru.nko42.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.nko42.portal.search.boundary.BrokenSynonymLineException;
import ru.nko42.portal.search.boundary.IndexStatus;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.search.boundary.SynonymService;
import ru.nko42.portal.search.boundary.ZeroResultLog;
import ru.nko42.portal.search.boundary.ZeroResultQuery;
import ru.nko42.portal.web.account.Messages;

/**
 * The search index page, {@code /admin/search-index}: how many services the index holds and what it is up to, a
 * rebuild in the background with its progress (polled while it runs), the synonym list, and the most frequent
 * searches of the last 30 days that found nothing.
 */
@Named
@ViewScoped
public class SearchIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id of the synonym form and of its text area, where a broken line is reported. */
    private static final String SYNONYMS_FIELD = "synonyms:list";

    private static final int ZERO_RESULT_ROWS = 50;

    @Inject
    ServiceSearch search;

    @Inject
    SynonymService synonyms;

    @Inject
    ZeroResultLog zeroResults;

    private IndexStatus status;
    private String synonymText;
    private List<ZeroResultQuery> zeroResultQueries;

    @PostConstruct
    void load() {
        status = search.status();
        synonymText = synonyms.text();
        zeroResultQueries = zeroResults.mostFrequent(ZERO_RESULT_ROWS);
    }

    /** Starts a rebuild; says so, or that one runs already. */
    public void rebuild() {
        if (search.rebuild()) {
            Messages.info("admin.searchIndex.rebuild.started");
        } else {
            Messages.info("admin.searchIndex.rebuild.running");
        }
        status = search.status();
    }

    /** The poll's listener while a rebuild runs. */
    public void refresh() {
        status = search.status();
    }

    public void saveSynonyms() {
        try {
            synonyms.save(synonymText);
            Messages.info("admin.searchIndex.synonyms.saved");
        } catch (BrokenSynonymLineException e) {
            Messages.errorText(SYNONYMS_FIELD, Messages.format(e.messageKey(), e.line(), e.text()));
        }
    }

    public IndexStatus getStatus() {
        return status;
    }

    public String getSynonymText() {
        return synonymText;
    }

    public void setSynonymText(String synonymText) {
        this.synonymText = synonymText;
    }

    public int getSynonymMaxLength() {
        return SynonymService.MAX_LENGTH;
    }

    public List<ZeroResultQuery> getZeroResultQueries() {
        return zeroResultQueries;
    }
}
