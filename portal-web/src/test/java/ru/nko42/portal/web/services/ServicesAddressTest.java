package ru.nko42.portal.web.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.SearchRequest;

class ServicesAddressTest {

    @Test
    void theAddressCarriesEveryFilterAndReadsBackTheSame() {
        ServicesAddress address = ServicesAddress.parse(Map.of(
                "q", new String[] {" помощь пожилым "},
                "municipality", new String[] {"kemerovsky-go", "yurginsky-go"},
                "category", new String[] {"older-people"},
                "free", new String[] {"yes"},
                "open", new String[] {"now"},
                "near", new String[] {"55.3547,86.0873"},
                "radius", new String[] {"10"},
                "sort", new String[] {"distance"},
                "page", new String[] {"2"}));

        assertThat(address.url())
                .isEqualTo("/services?q=%D0%BF%D0%BE%D0%BC%D0%BE%D1%89%D1%8C+%D0%BF%D0%BE%D0%B6%D0%B8%D0%BB%D1%8B%D0%BC"
                        + "&municipality=kemerovsky-go&municipality=yurginsky-go&category=older-people&free=yes"
                        + "&open=now&near=55.3547%2C86.0873&radius=10&sort=distance&page=2");
        SearchRequest request = address.request();
        assertThat(request.text()).isEqualTo("помощь пожилым");
        assertThat(request.filter(FacetDimension.MUNICIPALITY))
                .containsExactlyInAnyOrder("kemerovsky-go", "yurginsky-go");
        assertThat(request.filter(FacetDimension.FREE)).containsExactly(FacetDimension.YES);
        assertThat(request.radiusKm()).isEqualTo(10.0);
        assertThat(request.order()).isEqualTo(SearchRequest.Order.DISTANCE);
        assertThat(request.page()).isEqualTo(2);
    }

    @Test
    void nonsenseIsDroppedNeverAnError() {
        ServicesAddress address = ServicesAddress.parse(Map.of(
                "near", new String[] {"999,abc"},
                "radius", new String[] {"-5"},
                "at", new String[] {"вчера"},
                "free", new String[] {"maybe"},
                "page", new String[] {"999999999999"},
                "sort", new String[] {"<script>"}));

        assertThat(address.url()).isEqualTo("/services");
        assertThat(address.filtered()).isFalse();
    }

    @Test
    void chipsAndFacetsToggleOneValueAndGoBackToTheFirstPage() {
        ServicesAddress address = new ServicesAddress(
                "юрист",
                Map.of(FacetDimension.MUNICIPALITY, Set.of("kemerovsky-go")),
                false,
                LocalDateTime.of(2026, 3, 2, 10, 0),
                null,
                null,
                null,
                3);

        assertThat(address.toggled(FacetDimension.MUNICIPALITY, "kemerovsky-go").url())
                .isEqualTo("/services?q=%D1%8E%D1%80%D0%B8%D1%81%D1%82&at=2026-03-02T10%3A00");
        assertThat(address.toggled(FacetDimension.CATEGORY, "veterans").url())
                .contains("category=veterans")
                .doesNotContain("page=");
        assertThat(address.anyTime().url()).doesNotContain("at=");
        assertThat(address.chosen()).hasSize(1);
    }
}
