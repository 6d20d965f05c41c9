package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.content.control.DemoNewsFile.DemoItem;

class DemoNewsFileTest {

    private final List<DemoItem> news = DemoNewsFile.fromClassPath();

    @Test
    void aDozenNewsWithTitlesLeadsTagsAndBodies() {
        assertThat(news).hasSize(12).allSatisfy(item -> {
            assertThat(item.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(item.lead()).isNotBlank().hasSizeLessThanOrEqualTo(500);
            assertThat(ContentRules.tags(item.tags())).isNotEmpty();
            assertThat(BodySanitizer.clean(item.body())).isEqualTo(item.body());
        });
    }

    @Test
    void theConferenceOnPublicCouncilsAndTosIsAmongThem() {
        assertThat(news)
                .anySatisfy(item -> assertThat(item.title())
                        .contains("конференция")
                        .contains("общественным советам")
                        .contains("ТОС")
                        .contains("31 муниципалитета"));
    }

    @Test
    void someAreScheduledForLater() {
        assertThat(news).filteredOn(item -> item.days() > 0).hasSizeGreaterThanOrEqualTo(2);
        assertThat(news).extracting(item -> Slugs.fromTitle(item.title())).doesNotHaveDuplicates();
    }
}
