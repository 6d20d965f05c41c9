package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.services.ServiceFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.opendata.boundary.ApiImport;
import ru.nko42.portal.opendata.boundary.ApiTokenService;
import ru.nko42.portal.opendata.boundary.ImportOptions;
import ru.nko42.portal.opendata.boundary.ImportProgress;
import ru.nko42.portal.opendata.boundary.ImportRefusal;
import ru.nko42.portal.opendata.boundary.ImportReport;
import ru.nko42.portal.opendata.boundary.ImportService;
import ru.nko42.portal.opendata.boundary.InvalidApiTokenException;
import ru.nko42.portal.opendata.boundary.InvalidImportFileException;
import ru.nko42.portal.opendata.boundary.NewApiToken;

/**
 * The import of HSDS 3.0 open data against MariaDB: the specification's examples go in with their core fields, a
 * file with broken records reports each refusal and keeps the good ones, a re-import changes nothing, records wait
 * for a moderator when the ADMIN asks, and the API's import needs a valid, unrevoked token.
 */
@ExtendWith(ArquillianExtension.class)
class ImportServiceIT {

    private static final String EXAMPLES_AT_HAND = "ru.nko42.portal.it.opendata.HsdsFiles#examplesAtHand";
    private static final String KEMEROVO = "kemerovsky-go";
    private static final ImportOptions PUBLISH = new ImportOptions(true, KEMEROVO);
    private static final ImportOptions MODERATE = new ImportOptions(false, KEMEROVO);

    @Deployment
    static WebArchive deployment() {
        return OpenDataDeployments.importWar("import-service-it");
    }

    @Inject
    ImportService imports;

    @Inject
    ApiTokenService tokens;

    @Inject
    ApiImport api;

    @EJB
    DirectoryFixture accounts;

    @EJB
    ServiceFixture rows;

    @Test
    @EnabledIf(EXAMPLES_AT_HAND)
    void theSpecificationsServiceExampleGoesInWithItsCoreFields() throws SQLException {
        AsAccount admin = accounts.administrator("Импорт");
        String file = HsdsFiles.example("service_full.json");
        String serviceId = idAt(file, "\"id\": \"");
        String organizationId = idAfter(file, "\"organization\": {");
        String locationId = idAfter(file, "\"location\": {");

        ImportReport report = admin.call(() -> imports.importNow(HsdsFiles.utf8(file), PUBLISH));

        assertThat(report.refusals()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(rows.rows(
                        "SELECT o.full_name, o.short_name, o.state, m.code FROM organization o"
                                + " JOIN municipality m ON m.id = o.municipality_id WHERE o.hsds_id = ?",
                        organizationId))
                .containsExactly("Example Organization Inc.|Example Org|PUBLISHED|kemerovsky-go");
        assertThat(rows.rows(
                        "SELECT r.description, r.website, r.email, r.year_founded, r.state FROM organization_revision r"
                                + " JOIN organization o ON o.id = r.organization_id WHERE o.hsds_id = ?",
                        organizationId))
                .containsExactly("Example Org is a non-profit organization dedicated to providing services to"
                        + " qualified beneficiaries|http://example.com|email@example.com|2011|PUBLISHED");
        assertThat(rows.rows(
                        "SELECT s.name, s.state, r.minimum_age, r.maximum_age, r.fee, r.email, r.url, r.state"
                                + " FROM social_service s JOIN social_service_revision r ON r.id = s.published_revision_id"
                                + " WHERE s.hsds_id = ?",
                        serviceId))
                .containsExactly(
                        "Community Counselling|PUBLISHED|12|100|PAID|email@example.com|http://example.com/counselling|PUBLISHED");
        assertThat(rows.rows(
                        "SELECT c.option_text, c.amount FROM social_service_revision_cost c JOIN social_service s"
                                + " ON s.published_revision_id = c.revision_id WHERE s.hsds_id = ?",
                        serviceId))
                .as("a price in pounds is kept as text, never as roubles")
                .containsExactly("Under 18s and Over 60s — 35 GBP|null");
        assertThat(rows.rows(
                        "SELECT p.number FROM social_service_revision_phone p JOIN social_service s"
                                + " ON s.published_revision_id = p.revision_id WHERE s.hsds_id = ?",
                        serviceId))
                .containsExactly("+44 1234 234567 доб. 100");
        assertThat(rows.rows(
                        "SELECT l.hsds_id, l.name, l.address, m.code, l.latitude, l.wheelchair_accessible"
                                + " FROM social_service_location l JOIN social_service s"
                                + " ON s.published_revision_id = l.revision_id"
                                + " JOIN municipality m ON m.id = l.municipality_id WHERE s.hsds_id = ?",
                        serviceId))
                .containsExactly(locationId + "|MyCity Civic Center|1-30 Main Street, MyVillage, MyCity, MyRegion,"
                        + " MyState, ABC 1234|kemerovsky-go|null|true");
        assertThat(rows.rows(
                        "SELECT d.document FROM social_service_revision_document d JOIN social_service s"
                                + " ON s.published_revision_id = d.revision_id WHERE s.hsds_id = ?",
                        serviceId))
                .singleElement()
                .asString()
                .startsWith("Any official identification document");
        assertThat(rows.count(
                        "SELECT COUNT(*) FROM audit_entry a JOIN social_service s ON s.id = a.item_id"
                                + " WHERE a.item_type = 'SERVICE' AND a.action = 'service.import.publish'"
                                + " AND s.hsds_id = ?",
                        serviceId))
                .isOne();
        assertThat(rows.rows(
                        "SELECT a.actor_email FROM audit_entry a JOIN organization o ON o.id = a.item_id"
                                + " WHERE a.item_type = 'ORGANIZATION' AND o.hsds_id = ?",
                        organizationId))
                .containsExactly(admin.email());
    }

    @Test
    @EnabledIf(EXAMPLES_AT_HAND)
    void theOrganizationExampleAndTheListsGoInWithTheirNestedServices() throws SQLException {
        AsAccount admin = accounts.administrator("Импорт");
        String organization = HsdsFiles.example("organization_full.json");
        String list = HsdsFiles.example("service_list.json");

        ImportReport fromOrganization = admin.call(() -> imports.importNow(HsdsFiles.utf8(organization), PUBLISH));
        ImportReport fromList = admin.call(() -> imports.importNow(HsdsFiles.utf8(list), PUBLISH));

        assertThat(fromOrganization.refusals()).isEmpty();
        assertThat(fromOrganization.created()).isEqualTo(2);
        assertThat(rows.count(
                        "SELECT COUNT(*) FROM social_service s JOIN organization o ON o.id = s.organization_id"
                                + " WHERE o.hsds_id = ? AND s.state = 'PUBLISHED'",
                        idAt(organization, "\"id\": \"")))
                .isOne();
        assertThat(fromList.refusals()).isEmpty();
        assertThat(fromList.created()).isEqualTo(2);
    }

    @Test
    @EnabledIf("ru.nko42.portal.it.opendata.HsdsFiles#dataPackagesReadable")
    void theSpecificationsCsvDataPackageGoesIn() throws SQLException {
        AsAccount admin = accounts.administrator("Импорт");
        byte[] zip = HsdsFiles.dataPackage();

        ImportReport report = admin.call(() -> imports.importNow(zip, PUBLISH));

        assertThat(report.refusals()).isEmpty();
        assertThat(report.created()).isGreaterThanOrEqualTo(2);
        ImportReport again = admin.call(() -> imports.importNow(zip, PUBLISH));
        assertThat(again.unchanged()).isEqualTo(report.created());
    }

    @Test
    @EnabledIf(EXAMPLES_AT_HAND)
    void reImportingTheSameFileChangesNothing() throws SQLException {
        AsAccount admin = accounts.administrator("Импорт");
        String file = HsdsFiles.example("service_full.json");
        String serviceId = idAt(file, "\"id\": \"");
        admin.call(() -> imports.importNow(HsdsFiles.utf8(file), PUBLISH));
        long revisions = serviceRevisions(serviceId);
        long audits = rows.count("SELECT COUNT(*) FROM audit_entry WHERE actor_email = ?", admin.email());
        long queued = rows.count("SELECT COUNT(*) FROM moderation_item WHERE state = ?", "OPEN");

        ImportReport again = admin.call(() -> imports.importNow(HsdsFiles.utf8(file), PUBLISH));
        ImportReport moderated = admin.call(() -> imports.importNow(HsdsFiles.utf8(file), MODERATE));

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated() + again.refused()).isZero();
        assertThat(moderated.unchanged()).isEqualTo(2);
        assertThat(serviceRevisions(serviceId)).isEqualTo(revisions);
        assertThat(rows.count("SELECT COUNT(*) FROM audit_entry WHERE actor_email = ?", admin.email()))
                .isEqualTo(audits);
        assertThat(rows.count("SELECT COUNT(*) FROM moderation_item WHERE state = ?", "OPEN"))
                .isEqualTo(queued);

        String changed = file.replace("\"minimum_age\": 12", "\"minimum_age\": 14");
        ImportReport update = admin.call(() -> imports.importNow(HsdsFiles.utf8(changed), PUBLISH));

        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.unchanged()).isEqualTo(1);
        assertThat(serviceRevisions(serviceId)).isEqualTo(revisions + 1);
        assertThat(rows.rows(
                        "SELECT r.minimum_age, r.number FROM social_service s JOIN social_service_revision r"
                                + " ON r.id = s.published_revision_id WHERE s.hsds_id = ?",
                        serviceId))
                .containsExactly("14|2");
    }

    @Test
    void brokenRecordsAreRefusedEachWithItsReasonAndTheGoodOnesGoIn() throws SQLException {
        AsAccount admin = accounts.administrator("Импорт");
        String good = UUID.randomUUID().toString();
        String script = UUID.randomUUID().toString();
        String badInn = UUID.randomUUID().toString();
        String goodService = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String inn = inn();
        String ndjson = String.join(
                "\n",
                "{\"id\":\"" + good + "\",\"name\":\"АНО «Хорошая» " + marker + "\",\"description\":\"Помогаем\","
                        + "\"organization_identifiers\":[{\"identifier_scheme\":\"RU-INN\",\"identifier\":\"" + inn
                        + "\"},{\"identifier_scheme\":\"RU-KPP\",\"identifier\":\"420501001\"}],"
                        + "\"locations\":[{\"name\":\"Офис\",\"addresses\":[{\"address_1\":\"ул. Весенняя, 5\","
                        + "\"city\":\"Новокузнецк\",\"state_province\":\"Кемеровская область\"}]}]}",
                "{\"id\":\"" + script + "\",\"name\":\"<script>alert(1)</script> " + marker
                        + "\",\"description\":\"x\"}",
                "{\"id\":\"" + badInn + "\",\"name\":\"Фонд с ошибкой " + marker + "\",\"description\":\"x\","
                        + "\"organization_identifiers\":[{\"identifier_scheme\":\"RU-INN\",\"identifier\":\"1234\"}]}",
                "{\"id\":\"" + goodService
                        + "\",\"name\":\"Обеды на дому\",\"status\":\"active\",\"organization_id\":\"" + good + "\"}",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"active\",\"organization_id\":\"" + good + "\"}",
                "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"Чья-то услуга\",\"status\":\"active\","
                        + "\"organization_id\":\"" + UUID.randomUUID() + "\"}",
                "{\"id\": \"broken json line",
                "");

        ImportReport report = admin.call(() -> imports.importNow(HsdsFiles.utf8(ndjson), PUBLISH));

        assertThat(report.created()).as(report.toString()).isEqualTo(3);
        assertThat(report.refused()).isEqualTo(4);
        assertThat(report.refusals())
                .extracting(ImportRefusal::kind, ImportRefusal::id, ImportRefusal::field, ImportRefusal::reasonKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("organization", badInn, "inn", null),
                        org.assertj.core.groups.Tuple.tuple("record", null, null, "import.refused.json"));
        assertThat(report.refusals())
                .filteredOn(refusal -> "service".equals(refusal.kind()))
                .extracting(ImportRefusal::field, ImportRefusal::reasonKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("name", null),
                        org.assertj.core.groups.Tuple.tuple(null, "import.refused.organization.unknown"));
        assertThat(report.refusals())
                .filteredOn(r -> r.reasonKey() == null)
                .allSatisfy(r -> assertThat(r.text()).isNotBlank());
        assertThat(report.refusals())
                .filteredOn(r -> "import.refused.json".equals(r.reasonKey()))
                .extracting(ImportRefusal::position)
                .containsExactly(7);
        assertThat(rows.rows(
                        "SELECT o.inn, r.kpp, m.code FROM organization o JOIN organization_revision r"
                                + " ON r.id = o.published_revision_id JOIN municipality m ON m.id = o.municipality_id"
                                + " WHERE o.hsds_id = ?",
                        good))
                .containsExactly(inn + "|420501001|novokuznetsky-go");
        assertThat(rows.rows("SELECT full_name FROM organization WHERE hsds_id = ?", script))
                .containsExactly("<script>alert(1)</script> " + marker);
        assertThat(rows.count("SELECT COUNT(*) FROM organization WHERE hsds_id = ?", badInn))
                .isZero();
        assertThat(rows.rows(
                        "SELECT s.name, o.hsds_id FROM social_service s JOIN organization o ON o.id = s.organization_id"
                                + " WHERE s.hsds_id = ?",
                        goodService))
                .containsExactly("Обеды на дому|" + good);
    }

    @Test
    @EnabledIf(EXAMPLES_AT_HAND)
    void recordsTheAdminSendsToModerationWaitInTheQueueUnpublished() throws SQLException {
        AsAccount admin = accounts.administrator("Импорт");
        String file = HsdsFiles.example("service_full.json");
        String serviceId = idAt(file, "\"id\": \"");
        String organizationId = idAfter(file, "\"organization\": {");

        ImportReport report = admin.call(() -> imports.importNow(HsdsFiles.utf8(file), MODERATE));

        assertThat(report.created()).isEqualTo(2);
        assertThat(rows.rows(
                        "SELECT o.state, o.published_revision_id, r.state, i.kind, i.state FROM organization o"
                                + " JOIN organization_revision r ON r.organization_id = o.id"
                                + " JOIN moderation_item i ON i.kind = 'profile' AND i.subject_id = r.id"
                                + " WHERE o.hsds_id = ?",
                        organizationId))
                .containsExactly("DRAFT|null|PENDING|profile|OPEN");
        assertThat(rows.rows(
                        "SELECT s.state, s.published_revision_id, r.state, i.state FROM social_service s"
                                + " JOIN social_service_revision r ON r.service_id = s.id"
                                + " JOIN moderation_item i ON i.kind = 'service' AND i.subject_id = r.id"
                                + " WHERE s.hsds_id = ?",
                        serviceId))
                .containsExactly("PENDING|null|PENDING|OPEN");
        assertThat(rows.count(
                        "SELECT COUNT(*) FROM audit_entry a JOIN social_service s ON s.id = a.item_id"
                                + " WHERE a.action = 'service.import.submit' AND s.hsds_id = ?",
                        serviceId))
                .isOne();
    }

    @Test
    @EnabledIf(EXAMPLES_AT_HAND)
    void theImportRunsInTheBackgroundAndReportsItsProgress() throws InterruptedException {
        AsAccount admin = accounts.administrator("Импорт");
        String file = HsdsFiles.example("service_full.json");

        String runId = admin.call(() -> imports.start(HsdsFiles.utf8(file), PUBLISH));
        ImportProgress progress = admin.call(() -> imports.progress(runId));
        for (int i = 0; i < 300 && !progress.finished(); i++) {
            Thread.sleep(100);
            progress = admin.call(() -> imports.progress(runId));
        }

        assertThat(progress.finished()).isTrue();
        assertThat(progress.total()).isEqualTo(2);
        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.report().created()).isEqualTo(2);
        AsAccount other = accounts.administrator("Другой");
        assertThatThrownBy(() -> other.call(() -> imports.progress(runId)))
                .isInstanceOf(ru.nko42.portal.common.boundary.NotPermittedException.class);
    }

    @Test
    void aFileThatIsNoHsdsIsRefusedAsAWhole() {
        AsAccount admin = accounts.administrator("Импорт");

        assertThatThrownBy(() -> admin.call(() -> imports.importNow(HsdsFiles.utf8("name;inn\nx;y"), PUBLISH)))
                .isInstanceOfSatisfying(
                        InvalidImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.format"));
        assertThatThrownBy(() -> admin.call(() -> imports.importNow(new byte[0], PUBLISH)))
                .isInstanceOfSatisfying(
                        InvalidImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
        assertThatThrownBy(() -> admin.call(() ->
                        imports.importNow(HsdsFiles.utf8("{\"name\":\"x\"}"), new ImportOptions(true, "nowhere"))))
                .isInstanceOfSatisfying(
                        InvalidImportFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.municipality"));
        AsAccount member = accounts.member("Участник");
        assertThatThrownBy(() -> member.call(() -> imports.importNow(HsdsFiles.utf8("{}"), PUBLISH)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theApiImportsWithAValidTokenAsItsAdminAndRefusesOthers() throws SQLException {
        AsAccount admin = accounts.administrator("Интеграция");
        NewApiToken token = admin.call(() -> tokens.create("Региональный 211"));
        String organizationId = UUID.randomUUID().toString();
        byte[] file = HsdsFiles.utf8("{\"id\":\"" + organizationId + "\",\"name\":\"ТОС «Api» "
                + organizationId.substring(0, 8) + "\",\"description\":\"x\"}");

        assertThatThrownBy(() -> api.importFile(null, file, false, PUBLISH))
                .isInstanceOf(InvalidApiTokenException.class);
        assertThatThrownBy(() -> api.importFile("not-a-token", file, false, PUBLISH))
                .isInstanceOf(InvalidApiTokenException.class);
        ImportReport report = api.importFile(token.token(), file, false, PUBLISH);

        assertThat(report.created()).isOne();
        assertThat(rows.rows(
                        "SELECT a.actor_email, a.action FROM audit_entry a JOIN organization o ON o.id = a.item_id"
                                + " WHERE a.item_type = 'ORGANIZATION' AND o.hsds_id = ?",
                        organizationId))
                .containsExactly(admin.email() + "|organization.import.publish");
        assertThat(rows.rows("SELECT name, last_used_at IS NOT NULL FROM api_token WHERE id = ?", token.id()))
                .containsExactly("Региональный 211|1");
        assertThat(rows.rows("SELECT token_hash FROM api_token WHERE id = ?", token.id()))
                .singleElement()
                .asString()
                .hasSize(64)
                .doesNotContain(token.token());

        admin.run(() -> tokens.revoke(token.id()));

        assertThatThrownBy(() -> api.importFile(token.token(), file, false, PUBLISH))
                .isInstanceOf(InvalidApiTokenException.class);
        assertThat(admin.call(() -> tokens.tokens()))
                .filteredOn(view -> view.id() == token.id())
                .singleElement()
                .satisfies(view -> assertThat(view.revoked()).isTrue());
        assertThat(rows.rows(
                        "SELECT action FROM audit_entry WHERE item_type = 'API_TOKEN' AND item_id = ? ORDER BY id",
                        token.id()))
                .containsExactly("apiToken.create", "apiToken.revoke");
        AsAccount member = accounts.member("Участник");
        assertThatThrownBy(() -> member.call(() -> tokens.create("чужой"))).isInstanceOf(EJBAccessException.class);
    }

    private long serviceRevisions(String serviceId) throws SQLException {
        return rows.count(
                "SELECT COUNT(*) FROM social_service_revision r JOIN social_service s ON s.id = r.service_id"
                        + " WHERE s.hsds_id = ?",
                serviceId);
    }

    /** The first id after the text. */
    private static String idAt(String json, String before) {
        int at = json.indexOf(before) + before.length();
        return json.substring(at, at + 36);
    }

    /** The id of the object that starts with the text. */
    private static String idAfter(String json, String objectStart) {
        return idAt(json.substring(json.indexOf(objectStart)), "\"id\": \"");
    }

    /** A valid 10-digit ИНН of an organization. */
    private static String inn() {
        int[] weights = {2, 4, 10, 3, 5, 9, 4, 6, 8};
        StringBuilder body = new StringBuilder("42");
        for (int i = 0; i < 7; i++) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body.toString() + sum % 11 % 10;
    }
}
