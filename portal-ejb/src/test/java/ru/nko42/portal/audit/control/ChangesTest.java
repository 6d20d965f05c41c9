package ru.nko42.portal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangesTest {

    enum State {
        PENDING
    }

    @Test
    void fieldsBecomeAJsonObjectInTheirOrderWithTypedValuesAndNulls() {
        String json = Changes.json(
                Changes.of(
                        "state", State.PENDING, "revision", 42L, "active", true, "reason", null, "roles", List.of("A")),
                1000);

        assertThat(json)
                .isEqualTo("{\"state\":\"PENDING\",\"revision\":42,\"active\":true,\"reason\":null,\"roles\":[\"A\"]}");
    }

    @Test
    void quotesAndCyrillicAreEscapedAsJsonNotBrokenOut() {
        String json = Changes.json(Map.of("name", "АНО \"Рассвет\"\n"), 1000);

        assertThat(json).isEqualTo("{\"name\":\"АНО \\\"Рассвет\\\"\\n\"}");
    }

    @Test
    void noFieldsIsNoJson() {
        assertThat(Changes.json(Map.of(), 1000)).isNull();
        assertThat(Changes.json(null, 1000)).isNull();
    }

    @Test
    void aLongValueIsCutWithAMark() {
        String json = Changes.json(Map.of("description", "я".repeat(500)), 100);

        assertThat(json).hasSize(100).endsWith("…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "newPassword", "PASSWORD_HASH", "token", "linkToken", "tokenHash", "secret"})
    void namesOfSecretsAreRefused(String name) {
        assertThatThrownBy(() -> Changes.json(Changes.of(name, "x"), 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }

    @Test
    void onlyFieldsThatDifferAreKept() {
        Map<String, Object> before = Changes.of("state", "PENDING", "name", "А", "reason", null);
        Map<String, Object> after = Changes.of("revision", 7L, "state", "PUBLISHED", "name", "А", "reason", null);

        assertThat(Changes.changed(before, after)).containsExactly(Map.entry("state", "PENDING"));
        assertThat(Changes.changed(after, before))
                .containsExactly(Map.entry("revision", 7L), Map.entry("state", "PUBLISHED"));
    }

    @Test
    void namesAndValuesMustPair() {
        assertThatThrownBy(() -> Changes.of("state")).isInstanceOf(IllegalArgumentException.class);
    }
}
