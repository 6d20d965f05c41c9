package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.content.control.DemoSiteFile.DemoBlock;
import ru.nko42.portal.model.content.ContentKind;

class DemoSiteFileTest {

    private final List<DemoBlock> demo = DemoSiteFile.fromClassPath();

    @Test
    void everyBlockHasAKnownKindAValidTitleAndAllowedHeaders() {
        assertThat(demo).allSatisfy(block -> {
            assertThat(ContentKind.valueOf(block.header("kind"))).isNotNull();
            assertThat(ContentRules.check(
                            block.header("title"), block.header("lead"), block.body(), null, block.header("tags")))
                    .isEmpty();
        });
    }

    @Test
    void fourProjectsRunAndTwoAreOverWithValidDetails() {
        List<DemoBlock> projects = ofKind(ContentKind.PROJECT);
        assertThat(projects).filteredOn(p -> p.number("to", 0) >= 0).hasSize(4);
        assertThat(projects).filteredOn(p -> p.number("to", 0) < 0).hasSize(2);
        assertThat(projects).allSatisfy(p -> {
            assertThat(p.header("funder")).isNotBlank();
            assertThat(p.number("from", 0)).isLessThanOrEqualTo(p.number("to", 0));
        });
    }

    @Test
    void theLibrariesTheTeamAndTheAboutTextAreThere() {
        assertThat(ofKind(ContentKind.PRACTICE)).hasSizeBetween(3, 4);
        assertThat(ofKind(ContentKind.NGO_INFO)).hasSize(3);
        assertThat(ofKind(ContentKind.ACCOUNTANTS_CLUB)).hasSize(3);
        assertThat(ofKind(ContentKind.TEAM))
                .hasSizeBetween(5, 6)
                .allSatisfy(member -> assertThat(
                                ContactRules.check("email", member.header("email"), "phone", member.header("phone")))
                        .isEmpty());
        assertThat(ofKind(ContentKind.ABOUT)).hasSize(1);
    }

    private List<DemoBlock> ofKind(ContentKind kind) {
        return demo.stream().filter(b -> b.header("kind").equals(kind.name())).toList();
    }
}
