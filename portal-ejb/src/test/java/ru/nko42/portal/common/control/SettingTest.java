package ru.nko42.portal.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void aSystemPropertyIsReadAsItIs() {
        System.setProperty("portal.test.setting", "  value  ");
        try {
            assertThat(Setting.of("portal.test.setting")).contains("  value  ");
        } finally {
            System.clearProperty("portal.test.setting");
        }
    }

    @Test
    void blankAndMissingSettingsAreNotSet() {
        System.setProperty("portal.test.blank", "   ");
        try {
            assertThat(Setting.of("portal.test.blank")).isEmpty();
            assertThat(Setting.of("portal.test.missing")).isEmpty();
        } finally {
            System.clearProperty("portal.test.blank");
        }
    }

    @Test
    void theEnvironmentVariableIsThePropertyInCapitals() {
        assertThat(Setting.environmentName("portal.contact.email")).isEqualTo("PORTAL_CONTACT_EMAIL");
    }
}
