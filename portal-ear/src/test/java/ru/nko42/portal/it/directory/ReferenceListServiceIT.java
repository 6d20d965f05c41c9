package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.directory.boundary.ReferenceListService;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.directory.OrganizationKind;

/** The directory's reference lists, as the migration seeds them. */
@ExtendWith(ArquillianExtension.class)
class ReferenceListServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.persistenceWar("reference-lists-it")
                .addClasses(ReferenceListService.class, ReferenceItem.class);
    }

    @Inject
    ReferenceListService lists;

    @Test
    void aTosIsOfferedTheTosFormAndTheOtherFormOnly() {
        assertThat(lists.legalForms(OrganizationKind.TOS))
                .extracting(ReferenceItem::code)
                .containsExactly("tos", "other");
    }

    @Test
    void anNgoIsOfferedTheNgoFormsInTheAdministratorsOrder() {
        var forms = lists.legalForms(OrganizationKind.NGO);

        assertThat(forms)
                .extracting(ReferenceItem::code)
                .startsWith("ano", "fund", "public-organization")
                .endsWith("other")
                .doesNotContain("tos");
        assertThat(forms.get(0).name(Locale.forLanguageTag("ru")))
                .isEqualTo("Автономная некоммерческая организация (АНО)");
        assertThat(forms.get(0).name(Locale.ENGLISH)).isEqualTo("Autonomous non-profit organization (ANO)");
    }

    @Test
    void activityAreasAndTargetGroupsAreSeeded() {
        assertThat(lists.activityAreas()).extracting(ReferenceItem::code).contains("social-support", "local-community");
        assertThat(lists.targetGroups())
                .extracting(ReferenceItem::nameRu)
                .contains("Пожилые люди", "Люди с инвалидностью");
    }
}
