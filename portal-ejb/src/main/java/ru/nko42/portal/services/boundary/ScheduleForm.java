package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A schedule as the editor shows it: weekly rows, one season they all hold in (empty for all year), dated
 * exceptions, and a note for citizens. The service turns it into a {@link ru.nko42.portal.schedule.boundary.Schedule}
 * stored as HSDS JSON; an empty form is no schedule (hours unknown).
 */
public class ScheduleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<WeeklyHoursRow> rows = new ArrayList<>();
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<ExceptionRow> exceptions = new ArrayList<>();
    private String note;

    public boolean isEmpty() {
        return rows.isEmpty() && exceptions.isEmpty() && (note == null || note.isBlank());
    }

    public void addRow() {
        rows.add(new WeeklyHoursRow());
    }

    public void removeRow(WeeklyHoursRow row) {
        rows.remove(row);
    }

    public void addException() {
        exceptions.add(new ExceptionRow());
    }

    public void removeException(ExceptionRow row) {
        exceptions.remove(row);
    }

    public List<WeeklyHoursRow> getRows() {
        return rows;
    }

    public void setRows(List<WeeklyHoursRow> rows) {
        this.rows = rows == null ? new ArrayList<>() : new ArrayList<>(rows);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public List<ExceptionRow> getExceptions() {
        return exceptions;
    }

    public void setExceptions(List<ExceptionRow> exceptions) {
        this.exceptions = exceptions == null ? new ArrayList<>() : new ArrayList<>(exceptions);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
