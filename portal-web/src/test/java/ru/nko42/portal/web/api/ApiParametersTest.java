package ru.nko42.portal.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.opendata.boundary.Paging;
import ru.nko42.portal.opendata.boundary.Proximity;

class ApiParametersTest {

    @Test
    void pagingDefaultsAndLimits() {
        assertThat(ApiParameters.paging(null, null)).isEqualTo(new Paging(1, Paging.DEFAULT_PER_PAGE));
        assertThat(ApiParameters.paging("3", "500")).isEqualTo(new Paging(3, 500));
        assertThatThrownBy(() -> ApiParameters.paging("0", null)).hasMessageContaining("page");
        assertThatThrownBy(() -> ApiParameters.paging("x", null)).hasMessageContaining("page");
        assertThatThrownBy(() -> ApiParameters.paging(null, "501")).hasMessageContaining("per_page");
    }

    @Test
    void timesAreDateTimesOrDates() {
        assertThat(ApiParameters.instant("modified_after", "2026-11-01T07:00:00+07:00"))
                .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(ApiParameters.instant("modified_after", "2026-11-01"))
                .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(ApiParameters.instant("modified_after", "")).isNull();
        assertThatThrownBy(() -> ApiParameters.instant("modified_after", "01.11.2026"))
                .isInstanceOf(BadParameterException.class)
                .hasMessageContaining("modified_after");
    }

    @Test
    void proximityIsAPointAndARadius() {
        assertThat(ApiParameters.proximity("55.35, 86.08, 5")).isEqualTo(new Proximity(55.35, 86.08, 5));
        assertThat(ApiParameters.proximity("55.35,86.08").radiusKm()).isEqualTo(Proximity.DEFAULT_RADIUS_KM);
        assertThat(new Proximity(55.35, 86.08, 5).contains(55.36, 86.09)).isTrue();
        assertThat(new Proximity(55.35, 86.08, 5).contains(53.76, 87.11)).isFalse();
        assertThatThrownBy(() -> ApiParameters.proximity("Кемерово")).hasMessageContaining("proximity");
        assertThatThrownBy(() -> ApiParameters.proximity("55,86,0")).hasMessageContaining("radius");
        assertThatThrownBy(() -> ApiParameters.proximity("91,86")).hasMessageContaining("latitude");
    }

    @Test
    void idsAndFlags() {
        assertThat(ApiParameters.id("organization_id", "0F8FAD5B-D9CB-469F-A165-70867728950E"))
                .isNotNull();
        assertThatThrownBy(() -> ApiParameters.id("organization_id", "42")).hasMessageContaining("UUID");
        assertThat(ApiParameters.flag("full", "true")).isTrue();
        assertThat(ApiParameters.flag("full", null)).isFalse();
        assertThatThrownBy(() -> ApiParameters.flag("full", "maybe")).hasMessageContaining("full");
    }
}
