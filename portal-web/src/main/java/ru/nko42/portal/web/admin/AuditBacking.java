package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;

/**
 * The audit log page, {@code /admin/audit?text=&type=&from=&to=}: the search as request parameters (so it can be
 * bookmarked and exported as CSV), the matching entries paged on the server, newest first.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueryService audit;

    private String text;
    private String type;
    private String from;
    private String to;
    private final LazyDataModel<AuditRow> entries = new Entries();

    /** Runs the search in the fields: the page again with them as parameters. */
    public String search() {
        return "/admin/audit?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    public AuditItem[] getItemTypes() {
        return AuditItem.values();
    }

    /** The export link's parameters: the current search. */
    public String getCsvQuery() {
        return searchParameters().queryString();
    }

    private AuditSearch searchParameters() {
        return new AuditSearch(text, type, from, to);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    private class Entries extends LazyDataModel<AuditRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    Math.min(Integer.MAX_VALUE, audit.count(searchParameters().query()));
        }

        @Override
        public List<AuditRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.search(searchParameters().query(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
        }
    }
}
