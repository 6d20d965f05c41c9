package ru.nko42.portal.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventICalendarTest {

    private static final Instant START = Instant.parse("2026-12-12T03:00:00Z");

    private static ICalendar.Event event(String summary, String location) {
        return new ICalendar.Event(
                "event-7@portal.nko42.ru",
                Instant.parse("2026-11-27T20:15:30.123Z"),
                START,
                START.plusSeconds(7200),
                summary,
                "Строка один\nстрока два",
                location,
                "https://portal.example/events/seminar");
    }

    @Test
    void writesOneEventWithUtcTimesBetweenCalendarLines() {
        String ics = ICalendar.write(event("Семинар", "Кемерово"));

        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
                .contains("\r\nBEGIN:VEVENT\r\n")
                .contains("\r\nUID:event-7@portal.nko42.ru\r\n")
                .contains("\r\nDTSTAMP:20261127T201530Z\r\n")
                .contains("\r\nDTSTART:20261212T030000Z\r\n")
                .contains("\r\nDTEND:20261212T050000Z\r\n")
                .contains("\r\nSUMMARY:Семинар\r\n")
                .contains("\r\nURL:https://portal.example/events/seminar\r\n")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndLineBreaksInText() {
        String ics = ICalendar.write(event("Отчёт; НКО, бухгалтерия \\ итоги", "ул. Мира, 1; зал 2"));

        assertThat(ics)
                .contains("SUMMARY:Отчёт\\; НКО\\, бухгалтерия \\\\ итоги\r\n")
                .contains("LOCATION:ул. Мира\\, 1\\; зал 2\r\n")
                .contains("DESCRIPTION:Строка один\\nстрока два\r\n");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        String longTitle = "Семинар о подготовке заявок на конкурс Фонда президентских грантов для НКО Кузбасса";
        String ics = ICalendar.write(event(longTitle, null));

        String[] lines = ics.split("\r\n");
        assertThat(Arrays.stream(lines).mapToInt(line -> line.getBytes(StandardCharsets.UTF_8).length))
                .allMatch(octets -> octets <= 75);
        assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" "))).isNotEmpty();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + longTitle + "\r\n");
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("\uFFFD");
        assertThat(ics).doesNotContain("LOCATION");
    }
}
