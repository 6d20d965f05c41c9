package ru.nko42.portal.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressFilterTest {

    @Test
    void withoutATrustedProxyTheConnectingAddressCountsWhateverTheHeaderSays() {
        assertThat(ClientAddressFilter.addressOf("203.0.113.5", "10.0.0.1", List.of()))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void behindTheTrustedProxyTheAddressItAddedLastCounts() {
        assertThat(ClientAddressFilter.addressOf("10.0.0.2", "1.2.3.4, 198.51.100.7", List.of("10.0.0.2")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void anotherConnectingAddressIsNotTrustedEvenWithAProxyConfigured() {
        assertThat(ClientAddressFilter.addressOf("203.0.113.5", "1.2.3.4", List.of("10.0.0.2")))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void anEmptyHeaderFromTheProxyLeavesTheProxysAddress() {
        assertThat(ClientAddressFilter.addressOf("10.0.0.2", " , ", List.of("10.0.0.2")))
                .isEqualTo("10.0.0.2");
    }
}
