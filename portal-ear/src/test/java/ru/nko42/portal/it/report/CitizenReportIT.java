package ru.nko42.portal.it.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.audit.control.ClientAddress;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.report.ReportFixture.AuditRow;
import ru.nko42.portal.it.report.ReportFixture.StoredReport;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ItemState;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;
import ru.nko42.portal.moderation.boundary.QueueItem;
import ru.nko42.portal.moderation.boundary.QueueRow;
import ru.nko42.portal.report.boundary.CitizenReportService;
import ru.nko42.portal.report.boundary.InvalidReportException;
import ru.nko42.portal.report.boundary.ReportForm;
import ru.nko42.portal.report.boundary.ReportView;
import ru.nko42.portal.report.boundary.TooManyReportsException;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;

/**
 * "Report an error" against MariaDB: a report on a published profile waits in the queue of the organization's
 * municipality only; a robot's report, one over the hourly limit of an address, or a refused one leaves nothing
 * behind; a moderator forwards it by mail to every representative, without the sender's contact, or dismisses it
 * with a reason. The client's address is set as the web filter sets it for a request.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenReportIT {

    private static final String HERE = "promyshlennovsky-mo";
    private static final String ELSEWHERE = "topkinsky-mo";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("citizen-report-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.report",
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.directory",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail",
                        "ru.nko42.portal.audit")
                // the directory tells the service search about changed profiles (no observer here)
                .addClasses(OrganizationListingChanged.class)
                .addClasses(
                        ReportFixture.class,
                        ReportFixture.StoredReport.class,
                        ReportFixture.AuditRow.class,
                        ReportFixture.Mail.class,
                        DirectoryFixture.class,
                        Inbox.class,
                        Inbox.ReceivedMail.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        for (String bundle : List.of(
                "ru/nko42/portal/report/control/ReportMail.properties",
                "ru/nko42/portal/report/control/ReportMail_ru.properties",
                "ru/nko42/portal/directory/control/DirectoryMail.properties",
                "ru/nko42/portal/directory/control/DirectoryMail_ru.properties",
                "ru/nko42/portal/account/control/AccountMail.properties",
                "ru/nko42/portal/account/control/AccountMail_ru.properties",
                "ru/nko42/portal/account/control/PasswordFeedback.properties",
                "ru/nko42/portal/account/control/PasswordFeedback_ru.properties")) {
            war.addAsResource(bundle);
        }
        return AsAccount.enableIn(war);
    }

    @Inject
    CitizenReportService reports;

    @Inject
    ModerationService moderation;

    @Inject
    ClientAddress clientAddress;

    @EJB
    ReportFixture fixture;

    @EJB
    DirectoryFixture accounts;

    /** This test's client address, as the web filter would have found it for the request. */
    private String address = anotherAddress();

    @Test
    void aReportWaitsInTheQueueOfTheOrganizationsMunicipalityAndOnlyThere() throws Exception {
        String name = uniqueName("Забота");
        long organization = fixture.published(name, HERE);
        AsAccount moderatorHere = accounts.moderatorOf("Модератор Промышленновского", HERE);
        AsAccount moderatorElsewhere = accounts.moderatorOf("Модератор Топкинского", ELSEWHERE);

        send(organization, new ReportForm("  Телефон устарел,\r\nновый: 8-384-00-00-00  ", " anna@example.org "));

        StoredReport stored = single(fixture.reports(organization));
        assertThat(stored.subjectType()).isEqualTo("organization");
        assertThat(stored.subjectId()).isEqualTo(organization);
        assertThat(stored.text()).isEqualTo("Телефон устарел,\nновый: 8-384-00-00-00");
        assertThat(stored.contact()).isEqualTo("anna@example.org");
        assertThat(stored.senderHash()).matches("[0-9a-f]{64}").doesNotContain(address);

        QueueRow row = waiting(moderatorHere, name);
        assertThat(row.kind()).isEqualTo("report");
        assertThat(row.municipalityEn()).startsWith("Promyshlennovsky");
        QueueItem item = moderatorHere.call(() -> moderation.item(row.id()));
        assertThat(item.subjectId()).isEqualTo(stored.id());
        assertThat(item.organizationId()).isEqualTo(organization);
        assertThat(item.decisions()).containsExactlyInAnyOrder(Decision.APPROVED, Decision.REJECTED);

        ReportView view = moderatorHere.call(() -> reports.forModerator(stored.id()));
        assertThat(view.organizationName()).isEqualTo(name);
        assertThat(view.profilePath()).startsWith("/organizations/" + organization + "-report-test-");
        assertThat(view.text()).isEqualTo(stored.text());
        assertThat(view.contact()).isEqualTo("anna@example.org");
        assertThat(view.sentAt()).isNotNull();

        assertThat(moderatorElsewhere
                        .call(() -> moderation.queue(QueueFilter.everything()))
                        .rows())
                .extracting(QueueRow::id)
                .doesNotContain(row.id());
        assertThatThrownBy(() -> moderatorElsewhere.call(() -> moderation.item(row.id())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> moderatorElsewhere.call(() -> reports.forModerator(stored.id())))
                .isInstanceOf(NotPermittedException.class);
        AsAccount member = accounts.member("Посетитель с учётной записью");
        assertThatThrownBy(() -> member.call(() -> reports.forModerator(stored.id())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> reports.forModerator(stored.id())).isInstanceOf(EJBAccessException.class);

        AuditRow submitted = single(fixture.audit(organization, "organization.report."));
        assertThat(submitted.action()).isEqualTo("organization.report.submit");
        assertThat(submitted.actorEmail()).isNull();
        assertThat(submitted.clientAddress())
                .as("the address is not kept beside the report")
                .isNull();
        assertThat(submitted.after())
                .contains("\"report\":" + stored.id())
                .doesNotContain("anna@example.org", "Телефон", stored.senderHash());
    }

    @Test
    void aRobotFillingTheHiddenFieldIsToldItWorkedAndNothingIsKept() throws Exception {
        String name = uniqueName("Ловушка");
        long organization = fixture.published(name, HERE);
        ReportForm form = new ReportForm("Купите наши окна", "spam@example.org");
        form.setHoneypot("https://spam.example");

        send(organization, form);

        assertThat(fixture.reports(organization)).isEmpty();
        assertThat(fixture.audit(organization, "organization.report.")).isEmpty();
        AsAccount admin = accounts.administrator("Администратор");
        assertThat(admin.call(() -> moderation.queue(new QueueFilter("report", HERE, 0, name, 1)))
                        .rows())
                .extracting(QueueRow::title)
                .doesNotContain(name);
    }

    @Test
    void anAddressSendsFiveReportsAnHourAndIsRefusedTheSixthWhileAnotherIsNot() throws Exception {
        long organization = fixture.published(uniqueName("Лимит"), HERE);
        String first = address;
        for (int i = 1; i <= 5; i++) {
            send(organization, new ReportForm("Ошибка номер " + i, null));
        }

        assertThatThrownBy(() -> send(organization, new ReportForm("Ошибка номер 6", null)))
                .isInstanceOfSatisfying(
                        TooManyReportsException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.tooMany"));
        assertThat(fixture.reports(organization)).hasSize(5);
        assertThat(fixture.reports(organization))
                .extracting(StoredReport::senderHash)
                .containsOnly(fixture.reports(organization).get(0).senderHash());

        address = anotherAddress();
        send(organization, new ReportForm("С другого адреса", null));
        assertThat(fixture.reports(organization)).hasSize(6);
        assertThat(fixture.reports(organization).get(5).senderHash())
                .isNotEqualTo(fixture.reports(organization).get(0).senderHash());

        address = first;
        fixture.sentMinutesEarlier(organization, 61);
        send(organization, new ReportForm("Через час снова можно", null));
        assertThat(fixture.reports(organization)).hasSize(7);
    }

    @Test
    void aReportNeedsATextOfAtMost2000CharactersAndKeepsItLiterally() throws Exception {
        long organization = fixture.published(uniqueName("Проверка"), HERE);

        for (String empty : new String[] {null, "", "  \r\n\t "}) {
            assertThatThrownBy(() -> send(organization, new ReportForm(empty, "anna@example.org")))
                    .isInstanceOfSatisfying(
                            InvalidReportException.class,
                            e -> assertThat(e.problems())
                                    .containsExactly(FieldProblem.of("text", "report.error.text.required")));
        }
        assertThatThrownBy(() -> send(organization, new ReportForm("я".repeat(2001), "к".repeat(201))))
                .isInstanceOfSatisfying(
                        InvalidReportException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("report.error.text.tooLong", "report.error.contact.tooLong"));
        assertThat(fixture.reports(organization)).isEmpty();
        assertThat(fixture.audit(organization, "organization.report.")).isEmpty();

        String markup = "<script>alert('x')</script> & \"кавычки\" {0}";
        send(organization, new ReportForm(markup, null));
        send(organization, new ReportForm("я".repeat(2000), "к".repeat(200)));

        List<StoredReport> stored = fixture.reports(organization);
        assertThat(stored).extracting(StoredReport::text).containsExactly(markup, "я".repeat(2000));
        assertThat(stored).extracting(StoredReport::contact).containsExactly(null, "к".repeat(200));
    }

    @Test
    void onlyAPublishedOrganizationCanBeReported() throws Exception {
        long draft = fixture.draft(uniqueName("Черновик"), HERE);

        assertThatThrownBy(() -> send(draft, new ReportForm("Ошибка", null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> send(Long.MAX_VALUE, new ReportForm("Ошибка", null)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixture.reports(draft)).isEmpty();
    }

    @Test
    void forwardingMailsTheReportToEveryRepresentativeInTheirLanguageWithoutTheContact() throws Exception {
        String name = uniqueName("Пересылка");
        long organization = fixture.published(name, HERE);
        String russian = fixture.representative(organization, "Анна Представитель", "ru");
        String english = fixture.representative(organization, "Anna Representative", "en");
        AsAccount moderator = accounts.moderatorOf("Модератор Промышленновского", HERE);
        String text = "Адрес устарел: мы переехали на ул. Ленина, 5.";
        send(organization, new ReportForm(text, "тайный-контакт@example.org"));
        QueueRow row = waiting(moderator, name);

        QueueItem decided = moderator.call(() -> moderation.decide(row.id(), Decision.APPROVED, null));

        assertThat(decided.state()).isEqualTo(ItemState.DECIDED);
        assertThat(fixture.outbox(russian)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Сообщение об ошибке в профиле организации «" + name + "»");
            assertThat(mail.text()).contains(text).contains("/account/organization?id=" + organization);
            assertThat(mail.text()).doesNotContain("тайный-контакт");
        });
        assertThat(fixture.outbox(english)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("An error reported in the profile of \"" + name + "\"");
            assertThat(mail.text()).contains(text).doesNotContain("тайный-контакт");
        });
        assertThat(Inbox.awaitSubject(russian, "Сообщение об ошибке в профиле организации «" + name + "»", MAIL_WAIT)
                        .content()
                        .toString())
                .contains(text);

        AuditRow forwarded =
                fixture.audit(organization, "organization.report.forward").get(0);
        assertThat(forwarded.actorEmail()).isEqualTo(moderator.email());
        assertThat(forwarded.after()).contains(russian, english).doesNotContain("тайный-контакт");
        assertThat(moderator
                        .call(() -> moderation.queue(new QueueFilter("report", HERE, 0, row.title(), 1)))
                        .rows())
                .extracting(QueueRow::id)
                .doesNotContain(row.id());
    }

    @Test
    void aReportOnAnOrganizationWithoutRepresentativesIsSimplyAccepted() throws Exception {
        String name = uniqueName("Без представителей");
        long organization = fixture.published(name, HERE);
        AsAccount admin = accounts.administrator("Администратор");
        send(organization, new ReportForm("Организация закрылась", null));
        QueueRow row = waiting(admin, name);

        admin.run(() -> moderation.decide(row.id(), Decision.APPROVED, null));

        assertThat(admin.call(() -> moderation.item(row.id())).decision()).isEqualTo(Decision.APPROVED);
        assertThat(fixture.audit(organization, "organization.report.forward"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.after()).contains("\"forwardedTo\":[]"));
    }

    @Test
    void dismissingNeedsAReasonAndMailsNoOne() throws Exception {
        String name = uniqueName("Отклонение");
        long organization = fixture.published(name, HERE);
        String representative = fixture.representative(organization, "Анна Представитель", "ru");
        AsAccount moderator = accounts.moderatorOf("Модератор Промышленновского", HERE);
        send(organization, new ReportForm("Здесь всё неправильно!!!", null));
        QueueRow row = waiting(moderator, name);

        for (String none : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> moderator.call(() -> moderation.decide(row.id(), Decision.REJECTED, none)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("moderation.error.reason.required"));
        }
        assertThatThrownBy(() -> moderator.call(() -> moderation.decide(row.id(), Decision.CHANGES_REQUESTED, "Нет")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.error.decision.unsupported"));
        assertThat(moderator.call(() -> moderation.item(row.id())).open()).isTrue();

        moderator.run(() -> moderation.decide(row.id(), Decision.REJECTED, "Не указано, что именно неверно"));

        QueueItem item = moderator.call(() -> moderation.item(row.id()));
        assertThat(item.decision()).isEqualTo(Decision.REJECTED);
        assertThat(item.decisionReason()).isEqualTo("Не указано, что именно неверно");
        assertThat(fixture.outbox(representative)).isEmpty();
        assertThat(fixture.audit(organization, "organization.report.dismiss"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorEmail()).isEqualTo(moderator.email());
                    assertThat(entry.after()).contains("Не указано, что именно неверно");
                });
        assertThat(fixture.audit(organization, "organization.report.forward")).isEmpty();
    }

    /** Sends a report from this test's address, set for the request as the web filter sets it. */
    private void send(long organizationId, ReportForm form) {
        clientAddress.set(address);
        reports.report(organizationId, form);
    }

    /** The open report about the organization of that name in the moderator's queue. */
    private QueueRow waiting(AsAccount moderator, String organizationName) {
        List<QueueRow> rows =
                moderator
                        .call(() -> moderation.queue(new QueueFilter("report", HERE, 0, organizationName, 1)))
                        .rows()
                        .stream()
                        .filter(row -> row.title().equals(organizationName))
                        .toList();
        assertThat(rows).as("the report about " + organizationName + " waits").hasSize(1);
        return rows.get(0);
    }

    private static <T> T single(List<T> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static String uniqueName(String word) {
        return "АНО «" + word + " " + UUID.randomUUID().toString().substring(0, 8) + "»";
    }

    /** An address from the private 10.0.0.0/8 network that no other test of this run is likely to use. */
    private static String anotherAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
