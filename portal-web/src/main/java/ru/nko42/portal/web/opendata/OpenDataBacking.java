package ru.nko42.portal.web.opendata;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.primefaces.component.export.ExcelOptions;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.opendata.boundary.OpenDataSort;
import ru.nko42.portal.opendata.boundary.OpenDataTableService;
import ru.nko42.portal.opendata.boundary.OrganizationTableRow;
import ru.nko42.portal.opendata.boundary.ServiceTableRow;
import ru.nko42.portal.web.config.Dates;

/**
 * The "Open data" page, {@code /opendata}: the published organizations and services as two tables, paged and
 * sorted on the server, which PrimeFaces' data exporter downloads whole as CSV (UTF-8 with a byte order mark, for
 * Excel) and XLSX.
 */
@Named
@ViewScoped
public class OpenDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpenDataTableService tables;

    private final LazyDataModel<OrganizationTableRow> organizations = new Rows<>(
            OpenDataTableService::countOrganizations,
            (service, first, max, sort, ascending) -> service.organizations(first, max, sort, ascending),
            OrganizationTableRow::id);

    private final LazyDataModel<ServiceTableRow> services = new Rows<>(
            OpenDataTableService::countServices,
            (service, first, max, sort, ascending) -> service.services(first, max, sort, ascending),
            ServiceTableRow::id);

    @PostConstruct
    void exportCsvSafely() {
        FormulaSafeCsvExporter.useForEveryTable();
    }

    public LazyDataModel<OrganizationTableRow> getOrganizations() {
        return organizations;
    }

    public LazyDataModel<ServiceTableRow> getServices() {
        return services;
    }

    /**
     * The XLSX exports' options: every cell text, as shown, so that an ИНН or ОГРН is not turned into a number
     * (which Excel shows as 1.02E+12 and without its leading zeros).
     */
    public ExcelOptions getExcelOptions() {
        ExcelOptions options = new ExcelOptions();
        options.setStronglyTypedCells(false);
        return options;
    }

    /** The names of reference items in the page's language, separated by "; ". */
    public String names(List<ReferenceItem> items, Locale locale) {
        return ServiceTableRow.names(items, locale);
    }

    /** The day of an instant in Kuzbass as ISO 8601 ({@code 2026-11-27}), for the downloads; empty for none. */
    public String isoDate(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(Dates.KUZBASS).toLocalDate().toString();
    }

    /** One page of a table from the service. */
    @FunctionalInterface
    interface Page<T> extends Serializable {
        List<T> load(OpenDataTableService service, int first, int max, OpenDataSort sort, boolean ascending);
    }

    /** A count of a table from the service. */
    @FunctionalInterface
    interface Count extends Serializable {
        long count(OpenDataTableService service);
    }

    /** A table's rows, loaded page by page (and whole for an export) with the sort of its header. */
    private final class Rows<T> extends LazyDataModel<T> {

        private static final long serialVersionUID = 1L;

        private final Count count;
        private final Page<T> page;
        private final SerializableId<T> id;

        Rows(Count count, Page<T> page, SerializableId<T> id) {
            this.count = count;
            this.page = page;
            this.id = id;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, count.count(tables));
        }

        @Override
        public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty()
                    ? null
                    : sortBy.values().iterator().next();
            return page.load(
                    tables,
                    first,
                    pageSize,
                    OpenDataSort.byKey(sort == null ? null : sort.getField()),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(T row) {
            return String.valueOf(id.applyAsLong(row));
        }
    }

    /** A row's id. */
    @FunctionalInterface
    interface SerializableId<T> extends ToLongFunction<T>, Serializable {}
}
