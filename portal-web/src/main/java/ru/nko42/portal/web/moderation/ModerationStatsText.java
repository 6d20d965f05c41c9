package ru.nko42.portal.web.moderation;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;
import ru.nko42.portal.moderation.boundary.OpenInMunicipality;

/**
 * The moderation dashboard's numbers as words in the reader's language: hours with one decimal, waiting ages in
 * days and hours, weeks by their Monday, municipality names.
 */
public final class ModerationStatsText {

    private final Locale locale;
    private final UnaryOperator<String> messages;

    /**
     * @param messages the portal's message of a key, in {@code locale}
     */
    public ModerationStatsText(Locale locale, UnaryOperator<String> messages) {
        this.locale = locale;
        this.messages = messages;
    }

    public Locale locale() {
        return locale;
    }

    public String message(String key, Object... arguments) {
        return new MessageFormat(messages.apply(key), locale).format(arguments);
    }

    /** Hours rounded to a tenth: what the charts plot. */
    public static double hoursOf(Duration duration) {
        return Math.round(duration.toSeconds() / 360.0) / 10.0;
    }

    /** "4,5" in Russian, "4.5" in English; a dash when there is no duration. */
    public String hours(Duration duration) {
        if (duration == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(hoursOf(duration));
    }

    /** How long something waits: "3 дн. 4 ч", "5 ч", "меньше часа". */
    public String age(Duration duration) {
        if (duration.toHours() < 1) {
            return message("moderation.stats.age.underAnHour");
        }
        if (duration.toDays() < 1) {
            return message("moderation.stats.age.hours", duration.toHours());
        }
        return message("moderation.stats.age.days", duration.toDays(), duration.toHoursPart());
    }

    /** The week by its Monday, as a table shows it: "2 мар. 2026 г.". */
    public String week(LocalDate monday) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(monday);
    }

    /** The week by its Monday, as a chart's axis shows it: "2 мар.". */
    public String weekShort(LocalDate monday) {
        return DateTimeFormatter.ofPattern("d MMM", locale).format(monday);
    }

    public String municipality(OpenInMunicipality open) {
        return open.regionWide() ? message("moderation.stats.open.regionWide") : open.name(locale);
    }

    /** A period the page offers: "12 недель". */
    public String period(int weeks) {
        return message("moderation.stats.period.weeks", weeks);
    }

    /** The label of the period's decision count: "Решено за 12 нед.". */
    public String decidedIn(int weeks) {
        return message("moderation.stats.total.decided", weeks);
    }

    public String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }
}
