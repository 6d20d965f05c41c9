package ru.nko42.portal.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HsdsScheduleJsonTest {

    /** The schedule of the specification's own example, examples/service_full.json. */
    private static final String SPEC_EXAMPLE = """
            [{
              "id": "48102e86-bb50-41c4-8f1e-e269368c41d1",
              "valid_from": "2005-01-01",
              "valid_to": "2005-01-01",
              "dtstart": "2005-01-01",
              "timezone": 3,
              "until": "2005-01-01",
              "count": 3,
              "wkst": "TU",
              "freq": "WEEKLY",
              "interval": 1,
              "byday": "TH,FR",
              "byweekno": "41,42",
              "bymonthday": "2,3,4",
              "byyearday": "2,3,4",
              "description": "The service is available from 10 am to 6pm weekdays.",
              "opens_at": "10:00:00",
              "closes_at": "18:00:00",
              "schedule_link": "http://example.com",
              "attending_type": "You can attend this service in-person or remotely via video conferencing",
              "notes": "Some of our staff will be unavailable during their lunch break"
            }]""";

    @Test
    void theSpecificationsExampleIsReadFieldForField() {
        List<HsdsSchedule> schedules = HsdsScheduleJson.read(SPEC_EXAMPLE);

        assertThat(schedules).singleElement().satisfies(schedule -> {
            assertThat(schedule.id()).isEqualTo("48102e86-bb50-41c4-8f1e-e269368c41d1");
            assertThat(schedule.timezone()).isEqualByComparingTo("3");
            assertThat(schedule.count()).isEqualTo(3);
            assertThat(schedule.interval()).isEqualTo(1);
            assertThat(schedule.wkst()).isEqualTo("TU");
            assertThat(schedule.byweekno()).isEqualTo("41,42");
            assertThat(schedule.opensAt()).isEqualTo("10:00:00");
            assertThat(schedule.attendingType()).startsWith("You can attend");
            assertThat(schedule.serviceId()).isNull();
        });
    }

    @Test
    void writingLeavesAbsentFieldsOutAndNumbersAsNumbers() {
        HsdsSchedule schedule = HsdsSchedule.builder()
                .freq("WEEKLY")
                .interval(1)
                .byday("MO")
                .opensAt("09:00")
                .closesAt("18:00")
                .timezone(BigDecimal.valueOf(7))
                .build();

        String json = HsdsScheduleJson.write(List.of(schedule));

        JsonObject object =
                Json.createReader(new StringReader(json)).readArray().getJsonObject(0);
        assertThat(object.keySet()).containsExactly("timezone", "freq", "interval", "byday", "opens_at", "closes_at");
        assertThat(object.getJsonNumber("timezone").intValueExact()).isEqualTo(7);
        assertThat(object.getJsonNumber("interval").intValueExact()).isEqualTo(1);
        assertThat(json).contains("\"timezone\":7").contains("\"opens_at\":\"09:00\"");
        assertThat(HsdsScheduleJson.read(json)).containsExactly(schedule);
    }

    @Test
    void numbersGivenAsStringsAndNullsAreRead() {
        List<HsdsSchedule> schedules = HsdsScheduleJson.read(
                "[{\"timezone\": \"5.5\", \"interval\": \"2\", \"count\": \"\", \"notes\": null, \"byday\": \"MO\"}]");

        assertThat(schedules).singleElement().satisfies(schedule -> {
            assertThat(schedule.timezone()).isEqualByComparingTo("5.5");
            assertThat(schedule.interval()).isEqualTo(2);
            assertThat(schedule.count()).isNull();
            assertThat(schedule.notes()).isNull();
        });
    }

    @Test
    void aNumberThatIsNoneIsRefusedByName() {
        assertThatThrownBy(() -> HsdsScheduleJson.read("[{\"interval\": \"every\"}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval");
        assertThatThrownBy(() -> HsdsScheduleJson.read("[{\"count\": 2.5}]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
    }
}
