package ru.nko42.portal.web.config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times as the reader expects them: in Kuzbass time, in the page's language. */
@Named
@RequestScoped
public class Dates {

    /** The region's time, whatever the server's zone is. */
    public static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @Inject
    LanguageSwitcher language;

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .withZone(KUZBASS)
                        .format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(KUZBASS).toLocalDate());
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language.getLocale())
                        .format(date);
    }
}
