package ru.nko42.portal.opendata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;

/**
 * The documents the writers make validate against the HSDS 3.0 compiled schemas closed with
 * {@code additionalProperties: false} (skipped where the specification is not beside the project), and carry the
 * portal's data where HSDS expects it.
 */
class HsdsWritersTest {

    private static HsdsSchemas schemas;

    @BeforeAll
    static void schemas() {
        schemas = HsdsSchemas.find();
    }

    private static HsdsSchemas required() {
        assumeTrue(schemas != null, "the HSDS 3.0 specification (shared/hsds-3.0) is not beside the project");
        return schemas;
    }

    @Test
    void theValidatorAcceptsTheSpecificationsExamplesAndRejectsBrokenOnes() {
        HsdsSchemas hsds = required();
        String service = hsds.read("examples/service_full.json").toString();
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), service)).isEmpty();
        assertThat(HsdsSchemas.errors(
                        hsds.compiled("organization"),
                        hsds.read("examples/organization_full.json").toString()))
                .isEmpty();
        assertThat(HsdsSchemas.errors(
                        hsds.compiled("service_at_location"),
                        hsds.read("examples/service_at_location_full.json").toString()))
                .isEmpty();

        ObjectNode unknownField = (ObjectNode) hsds.read("examples/service_full.json");
        ((ObjectNode) unknownField.get("organization")).put("inn", "4205000000");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), unknownField.toString()))
                .isNotEmpty();
        ObjectNode badId = (ObjectNode) hsds.read("examples/service_full.json");
        badId.put("id", "not-a-uuid");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), badId.toString()))
                .isNotEmpty();
        ObjectNode noName = (ObjectNode) hsds.read("examples/service_full.json");
        noName.remove("name");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), noName.toString()))
                .isNotEmpty();
    }

    @Test
    void aFullServiceValidatesAndCarriesThePortalsData() {
        HsdsSchemas hsds = required();
        SocialService service = service();
        JsonObject full = HsdsServices.full(service, true);

        assertThat(HsdsSchemas.errors(hsds.compiled("service"), full.toString()))
                .isEmpty();
        assertThat(full.getString("id")).isEqualTo(service.getHsdsId());
        assertThat(full.getString("organization_id"))
                .isEqualTo(service.getOrganization().getHsdsId());
        assertThat(full.getString("status")).isEqualTo("active");
        assertThat(full.getString("url")).isEqualTo("https://opora42.ru/help");
        assertThat(full.getString("fees")).isEqualTo("Частично платно");
        assertThat(full.getJsonArray("cost_options").getJsonObject(0).getString("currency"))
                .isEqualTo("RUB");
        assertThat(full.getJsonArray("cost_options")
                        .getJsonObject(0)
                        .getJsonNumber("amount")
                        .bigDecimalValue())
                .isEqualByComparingTo("350");
        assertThat(full.getJsonArray("service_areas").getJsonObject(0).getString("id"))
                .isEqualTo(HsdsIds.municipality("kemerovsky-go").toString());
        assertThat(full.getJsonArray("languages").getJsonObject(0).getString("code"))
                .isEqualTo("ru");
        assertThat(full.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                        .map(attribute -> attribute.getString("taxonomy_term_id"))
                        .toList())
                .containsExactly(
                        HsdsIds.term(HsdsIds.TYPES, "household").toString(),
                        HsdsIds.term(HsdsIds.FORMS, "home").toString(),
                        HsdsIds.term(HsdsIds.CATEGORIES, "older-people").toString());
        JsonObject place = full.getJsonArray("service_at_locations").getJsonObject(0);
        ServiceLocation location = service.getPublishedRevision().getLocations().get(0);
        assertThat(place.getString("location_id")).isEqualTo(location.getHsdsId());
        assertThat(place.getJsonObject("location")
                        .getJsonArray("addresses")
                        .getJsonObject(0)
                        .getString("postal_code"))
                .isEqualTo("650000");
        assertThat(place.getJsonArray("schedules").getJsonObject(0).getString("service_at_location_id"))
                .isEqualTo(place.getString("id"));
        JsonObject organization = full.getJsonObject("organization");
        assertThat(organization.getJsonArray("organization_identifiers").getValuesAs(JsonObject.class).stream()
                        .map(identifier ->
                                identifier.getString("identifier_scheme") + "=" + identifier.getString("identifier"))
                        .toList())
                .containsExactly("RU-INN=4205123456", "RU-OGRN=1024200001234");
        assertThat(HsdsServices.full(service, true)).isEqualTo(full);
    }

    @Test
    void listFormsMinimalOrganizationsPlacesAndTaxonomiesValidate() {
        HsdsSchemas hsds = required();
        SocialService service = service();
        ServiceLocation location = service.getPublishedRevision().getLocations().get(0);

        assertValid(hsds.compiled("service_list"), HsdsServices.listItem(service, true));
        assertValid(hsds.requiring("service_list", "id"), HsdsServices.minimal(service));
        assertValid(hsds.compiled("organization_list"), HsdsOrganizations.listItem(service.getOrganization()));
        assertValid(
                hsds.compiled("organization"),
                HsdsOrganizations.withServices(service.getOrganization(), List.of(service), false));
        assertValid(
                hsds.compiled("organization"),
                HsdsOrganizations.withServices(service.getOrganization(), List.of(service), true));
        assertValid(hsds.compiled("service_at_location"), HsdsServices.serviceAtLocation(service, location));
        assertValid(
                hsds.compiled("service_at_location_list"), HsdsServices.serviceAtLocationListItem(service, location));
        String term = "/properties/attributes/items/properties/taxonomy_term";
        for (String taxonomy : HsdsTaxonomies.ALL) {
            assertValid(
                    hsds.within("service", term + "/properties/taxonomy_detail"), HsdsTaxonomies.taxonomy(taxonomy));
        }
        assertValid(
                hsds.within("service", term),
                HsdsTaxonomies.term(new RecipientCategory("older-people", "Пожилые люди", "Older people", 1), true));
    }

    @Test
    void addressesAndWebAddressesAreMadeToFit() {
        assertThat(HsdsLocations.postalCode("650000, г. Кемерово, ул. Весенняя, 5"))
                .isEqualTo("650000");
        assertThat(HsdsLocations.postalCode("ул. Весенняя, 5")).isEmpty();
        assertThat(HsdsLocations.city("650000, г. Кемерово, ул. Весенняя, 5", null))
                .isEqualTo("г. Кемерово");
        assertThat(HsdsLocations.city("ул. Весенняя, 5", kemerovo())).isEqualTo("Кемерово");
        assertThat(HsdsJson.uri("opora42.ru")).isEqualTo("https://opora42.ru");
        assertThat(HsdsJson.uri("http://сайт.рф/путь")).startsWith("http://").doesNotContain("сайт");
        assertThat(HsdsJson.uri("javascript:alert(1)")).isNull();
        assertThat(HsdsJson.uri("   ")).isNull();
        assertThat(HsdsJson.object().putEmail("email", "почта@сайт.рф").build()).doesNotContainKey("email");
        assertThat(HsdsJson.object().putEmail("email", "info@opora42.ru").build())
                .containsKey("email");
    }

    private static void assertValid(JsonSchema schema, JsonObject document) {
        Set<String> errors = HsdsSchemas.errors(schema, document.toString());
        assertThat(errors).as(document.toString()).isEmpty();
    }

    private static Municipality kemerovo() {
        return new Municipality(
                "kemerovsky-go", "Кемеровский городской округ", "Kemerovo", "городской округ", "Кемерово");
    }

    static SocialService service() {
        Account author = new Account("author@example.org", "x", "Автор", "ru");
        Municipality kemerovo = kemerovo();
        Organization organization = new Organization(OrganizationKind.NGO, "АНО «Опора»", kemerovo);
        OrganizationRevision profile = new OrganizationRevision(organization, 1, author);
        OrganizationDetails details = new OrganizationDetails();
        details.setFullName("Автономная некоммерческая организация «Опора»");
        details.setShortName("АНО «Опора»");
        details.setInn("4205123456");
        details.setOgrn("1024200001234");
        details.setDescription("Помогаем пожилым людям");
        details.setEmail("info@opora42.ru");
        details.setWebsite("opora42.ru");
        details.setPhone("+7 3842 00-00-00");
        details.setPostalAddress("650000, г. Кемерово, ул. Весенняя, 5");
        details.setLatitude(55.35);
        details.setLongitude(86.08);
        details.setYearFounded(2010);
        profile.edit(
                details,
                new LegalForm("ano", "Автономная некоммерческая организация", "ANO", 1, OrganizationKind.NGO),
                kemerovo,
                Set.of(),
                Set.of(),
                author);
        profile.decided(RevisionState.PUBLISHED, null, Instant.parse("2026-01-10T10:00:00Z"), null);
        organization.publish(profile, "opora");

        SocialService service = new SocialService(organization, "Помощь на дому", null);
        ServiceRevision revision = new ServiceRevision(service, 1, author);
        revision.getDetails().setName("Помощь на дому");
        revision.getDetails().setDescription("Уборка, покупки, забота");
        revision.getDetails().setHowToApply("Позвоните нам");
        revision.getDetails().setEligibility("Пенсионеры Кемерова");
        revision.getDetails().setMinimumAge(60);
        revision.getDetails().setFee(FeeKind.PARTLY_PAID);
        revision.getDetails().setFeesDescription("Первые два часа бесплатно");
        revision.getDetails().setEmail("help@opora42.ru");
        revision.getDetails().setUrl("https://opora42.ru/help");
        revision.getDetails()
                .setScheduleJson("[{\"freq\":\"WEEKLY\",\"byday\":\"MO,TU,WE,TH,FR\",\"opens_at\":\"09:00\","
                        + "\"closes_at\":\"18:00\",\"timezone\":7}]");
        revision.setTypes(Set.of(new SocialServiceType("household", "Социально-бытовые", "Household", 1)));
        revision.setForms(Set.of(new SocialServiceForm("home", "На дому", "At home", 1)));
        revision.setCategories(Set.of(new RecipientCategory("older-people", "Пожилые люди", "Older people", 1)));
        revision.setServiceAreas(Set.of(kemerovo));
        revision.setLanguages(Set.of("ru"));
        revision.setDocuments(List.of("Паспорт", "СНИЛС"));
        revision.setPhones(List.of(new ServicePhone("+7 3842 11-11-11", "запись")));
        revision.setCostOptions(List.of(new CostOption("час уборки", new BigDecimal("350.00"))));
        ServiceLocation place = revision.addLocation("650000, г. Кемерово, ул. Весенняя, 5", kemerovo);
        place.setName("Отделение дневного пребывания");
        place.setLatitude(55.35);
        place.setLongitude(86.08);
        place.setWheelchairAccessible(true);
        place.setAccessibility("Пандус у входа");
        place.setTransportation("Автобус 10, остановка «Весенняя»");
        place.setScheduleJson(
                "[{\"freq\":\"WEEKLY\",\"byday\":\"MO\",\"opens_at\":\"10:00\",\"closes_at\":\"12:00\"}]");
        revision.decided(RevisionState.PUBLISHED, null, Instant.parse("2026-02-01T09:00:00Z"), null);
        service.publish(revision);
        return service;
    }
}
