package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A date whose hours differ from the week's (a holiday, a shortened day), as a member types it: closed all day, or
 * open only from {@code opens} to {@code closes}; the note is shown to citizens ("День народного единства").
 */
public class ExceptionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private boolean closed = true;
    private String opens;
    private String closes;
    private String note;

    public ExceptionRow() {}

    public ExceptionRow(LocalDate date, boolean closed, String opens, String closes, String note) {
        this.date = date;
        this.closed = closed;
        this.opens = opens;
        this.closes = closes;
        this.note = note;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
