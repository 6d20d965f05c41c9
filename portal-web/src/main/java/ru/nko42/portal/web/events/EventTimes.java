package ru.nko42.portal.web.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import ru.nko42.portal.web.config.Dates;
import ru.nko42.portal.web.config.LanguageSwitcher;

/** An event's times as pages write them: in Kuzbass time, in the page's language, the end on the start's day short. */
@Named
@RequestScoped
public class EventTimes {

    @Inject
    LanguageSwitcher language;

    /** "12 декабря 2026 г., 10:00 – 14:00" or across days with both dates. */
    public String range(Instant start, Instant end) {
        DateTimeFormatter full = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .withZone(Dates.KUZBASS);
        boolean sameDay = start.atZone(Dates.KUZBASS)
                .toLocalDate()
                .equals(end.atZone(Dates.KUZBASS).toLocalDate());
        String until = sameDay
                ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .withZone(Dates.KUZBASS)
                        .format(end)
                : full.format(end);
        return full.format(start) + " – " + until;
    }

    /** An ISO time with its offset, for a time element's datetime attribute. */
    public String iso(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(Dates.KUZBASS).toOffsetDateTime().toString();
    }
}
