package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a weekly timetable as a member types it: the days (names of {@link java.time.DayOfWeek}, "MONDAY"),
 * opening and closing times ("09:00"), and an optional break inside them. A closing time at or before the opening
 * time is refused unless {@code overnight} says the hours run past midnight on purpose.
 */
public class WeeklyHoursRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> days = new ArrayList<>();
    private String opens;
    private String closes;
    private String breakFrom;
    private String breakTo;
    private boolean overnight;

    public WeeklyHoursRow() {}

    public WeeklyHoursRow(List<String> days, String opens, String closes, String breakFrom, String breakTo) {
        setDays(days);
        this.opens = opens;
        this.closes = closes;
        this.breakFrom = breakFrom;
        this.breakTo = breakTo;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
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

    public String getBreakFrom() {
        return breakFrom;
    }

    public void setBreakFrom(String breakFrom) {
        this.breakFrom = breakFrom;
    }

    public String getBreakTo() {
        return breakTo;
    }

    public void setBreakTo(String breakTo) {
        this.breakTo = breakTo;
    }

    public boolean isOvernight() {
        return overnight;
    }

    public void setOvernight(boolean overnight) {
        this.overnight = overnight;
    }
}
