package ru.nko42.portal.web.opendata;

import java.util.regex.Pattern;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.DataExporters;

/**
 * PrimeFaces' CSV export of a table with no cell a spreadsheet would run as a formula: members type the names and
 * addresses, and a cell beginning with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or a carriage return)
 * is a formula to Excel and LibreOffice (CSV injection). Such a cell gets a leading apostrophe, as OWASP advises;
 * a phone number ({@code +7 (3842) 11-22-33}: digits, spaces, brackets, dashes and dots only) is left as it is.
 */
public class FormulaSafeCsvExporter extends DataTableCSVExporter {

    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\-]?[\\d\\s().\\-–]+");

    /**
     * Makes it the CSV export of every table ({@code <p:dataExporter type="csv">}); PrimeFaces keeps its exporters in
     * its application context, which exists once Faces serves requests, so a page with exports calls this first.
     */
    static void useForEveryTable() {
        DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
    }

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(neutralized(value));
    }

    /** The value, with an apostrophe before it when a spreadsheet would read it as a formula. */
    static String neutralized(String value) {
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return PHONE_LIKE.matcher(value).matches() ? value : "'" + value;
    }
}
