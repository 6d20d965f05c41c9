package ru.nko42.portal.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.services.boundary.ServiceVocabularyService;

/** The vocabularies of social service listings, as the migration seeds them. */
@ExtendWith(ArquillianExtension.class)
class ServiceVocabularyServiceIT {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Deployment
    static WebArchive deployment() {
        return Deployments.persistenceWar("service-vocabulary-it")
                .addClasses(ServiceVocabularyService.class, ReferenceItem.class);
    }

    @Inject
    ServiceVocabularyService vocabulary;

    @Test
    void theThreeFormsOf442FzAreOfferedInTheLawsOrder() {
        assertThat(vocabulary.serviceForms())
                .extracting(ReferenceItem::code, ReferenceItem::nameRu, ReferenceItem::nameEn)
                .containsExactly(
                        tuple("home", "социальное обслуживание на дому", "home-based care"),
                        tuple(
                                "semi-residential",
                                "полустационарная форма социального обслуживания",
                                "semi-residential (day) care"),
                        tuple("residential", "стационарная форма социального обслуживания", "residential care"));
    }

    @Test
    void theEightTypesOf442FzAreOfferedInTheLawsOrderAndNameThemselvesInEitherLanguage() {
        var types = vocabulary.serviceTypes();

        assertThat(types)
                .extracting(ReferenceItem::code)
                .containsExactly(
                        "household",
                        "medical",
                        "psychological",
                        "pedagogical",
                        "labour",
                        "legal",
                        "communication",
                        "urgent");
        assertThat(types.get(1).name(RUSSIAN)).isEqualTo("социально-медицинские");
        assertThat(types.get(1).name(Locale.ENGLISH)).isEqualTo("social and medical services");
        assertThat(types.get(6).nameRu())
                .isEqualTo("услуги в целях повышения коммуникативного потенциала получателей социальных услуг"
                        + " с ограничениями жизнедеятельности");
        assertThat(types.get(7).name(Locale.ENGLISH)).isEqualTo("urgent social services");
    }

    @Test
    void theRecipientCategoriesAreSeededInOrder() {
        assertThat(vocabulary.recipientCategories())
                .extracting(ReferenceItem::code)
                .startsWith(
                        "older-people",
                        "disabilities",
                        "families-with-children",
                        "children-youth",
                        "veterans",
                        "homeless",
                        "migrants",
                        "crisis");
        assertThat(vocabulary.recipientCategories())
                .filteredOn(item -> item.code().equals("migrants"))
                .extracting(item -> item.name(RUSSIAN), item -> item.name(Locale.ENGLISH))
                .containsExactly(tuple("Мигранты и вынужденные переселенцы", "Migrants and displaced people"));
    }
}
