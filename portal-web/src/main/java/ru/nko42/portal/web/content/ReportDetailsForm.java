package ru.nko42.portal.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.ReportDetails;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.web.config.Dates;

/** The year field of a public report in the piece's editor ({@code editor/report-fields.xhtml}). */
@Named
@ViewScoped
public class ReportDetailsForm implements PieceDetailsForm, Serializable {

    private static final long serialVersionUID = 1L;

    private Integer year;

    @Override
    public ContentKind kind() {
        return ContentKind.REPORT;
    }

    @Override
    public void show(PieceDetails details) {
        year = ((ReportDetails) details).year();
    }

    @Override
    public PieceDetails details() {
        return new ReportDetails(year);
    }

    /** The latest year a report may be filed under: next year. */
    public int getLastYear() {
        return LocalDate.now(Dates.KUZBASS).getYear() + 1;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
