package ru.nko42.portal.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import ru.nko42.portal.events.boundary.EventPage;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.PublicEvent;
import ru.nko42.portal.web.config.Dates;
import ru.nko42.portal.web.content.ListAddress;

/**
 * The events, {@code /events?view=list|month&month=2026-12&tag=...&page=N}: as a list (upcoming soonest first, past
 * newest first a page at a time) or as a month (a server-rendered grid of weeks, Monday first, and the same events
 * listed by day for screen readers and phones).
 */
@Named
@RequestScoped
public class EventsBacking {

    static final int UPCOMING = 50;
    static final int PAST_PAGE = 10;

    @Inject
    EventSiteService events;

    private String view;
    private String month;
    private String tag;
    private int page = 1;

    private List<PublicEvent> upcoming;
    private EventPage past;
    private YearMonth shownMonth;
    private List<PublicEvent> monthEvents;
    private Map<LocalDate, List<PublicEvent>> byDay;

    public void load() {
        if (isMonthView()) {
            shownMonth = parsedMonth();
            monthEvents = events.month(shownMonth, tag);
            byDay = new TreeMap<>();
            for (PublicEvent event : monthEvents) {
                byDay.computeIfAbsent(event.startsAt().atZone(Dates.KUZBASS).toLocalDate(), d -> new ArrayList<>())
                        .add(event);
            }
        } else {
            upcoming = events.upcoming(tag, UPCOMING);
            past = events.past(tag, Math.max(page, 1) - 1, PAST_PAGE);
        }
    }

    public boolean isMonthView() {
        return "month".equals(view);
    }

    private YearMonth parsedMonth() {
        if (month != null) {
            try {
                return YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                // an odd address shows the current month
            }
        }
        return YearMonth.now(Dates.KUZBASS);
    }

    /** The weeks of the shown month, Monday first; days outside the month are null. */
    public List<List<LocalDate>> getWeeks() {
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate first = shownMonth.atDay(1);
        LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        while (!day.isAfter(shownMonth.atEndOfMonth())) {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                week.add(YearMonth.from(day).equals(shownMonth) ? day : null);
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        return weeks;
    }

    /** The names of the week's days in the page's language, Monday first: full and short. */
    public List<String[]> weekDays(Locale locale) {
        List<String[]> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(new String[] {
                d.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)
            });
        }
        return names;
    }

    /** The shown month's events on {@code day} (Kuzbass time). */
    public List<PublicEvent> on(LocalDate day) {
        return day == null ? List.of() : byDay.getOrDefault(day, List.of());
    }

    public List<LocalDate> getDaysWithEvents() {
        return new ArrayList<>(byDay.keySet());
    }

    public String monthTitle(Locale locale) {
        String name = shownMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1) + " " + shownMonth.getYear();
    }

    /** The address of the list or the month view with the tag kept. */
    public String link(String forView, YearMonth forMonth, int forPage) {
        boolean monthView = "month".equals(forView);
        return ListAddress.query(
                forPage,
                "view",
                monthView ? "month" : null,
                "month",
                monthView && forMonth != null ? forMonth.toString() : null,
                "tag",
                tag);
    }

    public String getListLink() {
        return link("list", null, 1);
    }

    public String getMonthLink() {
        return link("month", null, 1);
    }

    public String getPreviousMonthLink() {
        return link("month", shownMonth.minusMonths(1), 1);
    }

    public String getNextMonthLink() {
        return link("month", shownMonth.plusMonths(1), 1);
    }

    public String pageLink(int forPage) {
        return link("list", null, forPage);
    }

    public List<PublicEvent> getUpcoming() {
        return upcoming;
    }

    public EventPage getPast() {
        return past;
    }

    public YearMonth getShownMonth() {
        return shownMonth;
    }

    public List<PublicEvent> getMonthEvents() {
        return monthEvents;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
