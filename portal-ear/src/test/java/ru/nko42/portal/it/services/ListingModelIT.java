package ru.nko42.portal.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Deployments;

/** A listing's revision keeps every part of it in MariaDB, in order, and the next draft copies them. */
@ExtendWith(ArquillianExtension.class)
class ListingModelIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.persistenceWar("listing-model-it").addClass(ListingModelFixture.class);
    }

    @Inject
    ListingModelFixture fixture;

    @Test
    void aRevisionStoresItsPlacesPhonesPricesDocumentsAndVocabularies() throws Exception {
        long revision = fixture.draftWithEverything("Уборка квартиры");

        assertThat(fixture.rows("social_service_location", "position, address, wheelchair_accessible", revision))
                .containsExactly("0|Кемерово, ул. Весенняя, 5|1", "1|Топки, ул. Луначарского, 1|0");
        assertThat(fixture.rows("social_service_revision_phone", "number, description", revision))
                .containsExactly("+7 3842 00-00-01|запись", "112");
        assertThat(fixture.rows("social_service_revision_cost", "option_text, amount", revision))
                .containsExactly("час уборки|150.00", "по тарифу");
        assertThat(fixture.rows("social_service_revision_document", "document", revision))
                .containsExactly("паспорт", "СНИЛС", "справка об инвалидности");
        assertThat(fixture.rows("social_service_revision_language", "code", revision))
                .containsExactly("rsl", "ru");
        assertThat(fixture.rows("social_service_revision_area", "municipality_id", revision))
                .hasSize(2);
    }

    @Test
    void theNextDraftCopiesTheListingAndLeavesThePublishedOneAlone() throws Exception {
        long first = fixture.draftWithEverything("Социальное такси");

        long next = fixture.nextDraft(first);

        assertThat(fixture.rows("social_service_location", "position, address", next))
                .containsExactly("0|Кемерово, ул. Весенняя, 5");
        assertThat(fixture.rows("social_service_location", "position, address", first))
                .hasSize(2);
        assertThat(fixture.rows("social_service_revision_document", "document", next))
                .containsExactly("паспорт", "СНИЛС", "справка об инвалидности");
        assertThat(fixture.rows("social_service_revision_type", "type_id", next))
                .hasSize(1);
    }
}
