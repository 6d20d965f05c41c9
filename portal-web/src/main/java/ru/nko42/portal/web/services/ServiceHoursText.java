package ru.nko42.portal.web.services;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.stream.Collectors;
import ru.nko42.portal.schedule.boundary.DayHours;
import ru.nko42.portal.schedule.boundary.OpeningStatus;
import ru.nko42.portal.services.boundary.ServiceHours;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.LanguageSwitcher;

/**
 * Puts hours into the reader's words: "Открыто сейчас, до 18:00", "Перерыв до 14:00", "Закрыто, откроется в пн
 * 09:00", and a day's openings "09:00–13:00, 14:00–18:00" or "выходной". Times are Kuzbass times, as computed.
 */
@Named("serviceHours")
@RequestScoped
public class ServiceHoursText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM");

    @Inject
    LanguageSwitcher language;

    /** What the hours say at the moment the page was made. */
    public String status(ServiceHours hours) {
        if (hours == null || !hours.known()) {
            return Messages.text("service.hours.unknown");
        }
        OpeningStatus status = hours.status();
        return switch (status.kind()) {
            case OPEN_UNTIL ->
                Messages.format("service.hours.open", status.time().format(TIME));
            case OPEN_NONSTOP -> Messages.text("service.hours.openNonstop");
            case CLOSED -> Messages.text("service.hours.closed");
            case NO_HOURS -> Messages.text("service.hours.unknown");
            case CLOSED_OPENS_AT -> closed(hours);
        };
    }

    /** "open", "break" or "closed": for the status's style. */
    public String kind(ServiceHours hours) {
        if (hours == null || !hours.known()) {
            return "unknown";
        }
        return hours.status().open() ? "open" : hours.onBreak() ? "break" : "closed";
    }

    private String closed(ServiceHours hours) {
        OpeningStatus status = hours.status();
        String time = status.time().format(TIME);
        if (hours.onBreak()) {
            return Messages.format("service.hours.break", time);
        }
        return switch (status.day()) {
            case TODAY -> Messages.format("service.hours.opensToday", time);
            case TOMORROW -> Messages.format("service.hours.opensTomorrow", time);
            case WITHIN_A_WEEK ->
                Messages.format(
                        "service.hours.opensOn",
                        status.time().getDayOfWeek().getDisplayName(TextStyle.SHORT, language.getLocale()),
                        time);
            case LATER ->
                Messages.format("service.hours.opensLater", status.time().format(DATE), time);
        };
    }

    /** The openings of a day: "09:00–13:00, 14:00–18:00", or "выходной". */
    public String day(DayHours day) {
        if (day == null || day.closedAllDay()) {
            return Messages.text("service.hours.dayOff");
        }
        return day.openings().stream()
                .map(opening ->
                        opening.opens().format(TIME) + "–" + opening.closes().format(TIME))
                .collect(Collectors.joining(", "));
    }

    /** A weekday's full name in the reader's language, "понедельник". */
    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale());
    }

    /** A date's weekday and date, "пн, 30.11". */
    public String dayName(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, language.getLocale()) + ", " + date.format(DATE);
    }
}
