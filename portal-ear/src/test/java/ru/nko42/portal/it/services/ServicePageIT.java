package ru.nko42.portal.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.report.boundary.CitizenReportService;
import ru.nko42.portal.report.boundary.ReportForm;
import ru.nko42.portal.report.boundary.ReportView;
import ru.nko42.portal.schedule.boundary.OpeningStatus;
import ru.nko42.portal.services.boundary.SavedService;
import ru.nko42.portal.services.boundary.ServiceHours;
import ru.nko42.portal.services.boundary.ServiceListingService;
import ru.nko42.portal.services.boundary.ServicePage;
import ru.nko42.portal.services.boundary.ServicePageService;

/**
 * The public page of a service as a citizen reads it: the hours at a place and whether it is open, on a break or
 * closed for a holiday, in Kuzbass time at a fixed moment; every part of the listing; and a report of an error that
 * waits in the queue of the organization's municipality, naming the service.
 */
@ExtendWith(ArquillianExtension.class)
class ServicePageIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployments.servicesWar("service-page-it");
    }

    @Inject
    ServiceListingService listings;

    @Inject
    ServicePageService pages;

    @Inject
    ModerationService moderation;

    @Inject
    CitizenReportService reports;

    @Inject
    PortalClock clock;

    @EJB
    DirectoryFixture accounts;

    @EJB
    ServiceFixture fixture;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void thePlaceIsOnABreakUntilTwoAndOpenFromTwoInKuzbassTime() throws Exception {
        long service = published("Перерыв " + Listings.marker());

        // Wednesday 25 November 2026, 13:59 in Kuzbass (UTC+7) is 06:59 UTC
        at("2026-11-25T06:59:00Z");
        ServiceHours onBreak = pages.page(service).places().get(0).hours();
        assertThat(onBreak.status().kind()).isEqualTo(OpeningStatus.Kind.CLOSED_OPENS_AT);
        assertThat(onBreak.onBreak()).isTrue();
        assertThat(onBreak.time()).isEqualTo(LocalTime.of(14, 0));

        at("2026-11-25T07:00:00Z");
        ServiceHours open = pages.page(service).places().get(0).hours();
        assertThat(open.status().kind()).isEqualTo(OpeningStatus.Kind.OPEN_UNTIL);
        assertThat(open.onBreak()).isFalse();
        assertThat(open.time()).isEqualTo(LocalTime.of(18, 0));
        assertThat(open.today().openings()).hasSize(2);
        assertThat(open.week()).hasSize(7);

        at("2026-11-25T05:59:00Z");
        assertThat(pages.page(service).places().get(0).hours().time()).isEqualTo(LocalTime.of(13, 0));

        // Friday 18:00 in Kuzbass: closed until Monday 09:00, not a break
        at("2026-11-27T11:00:00Z");
        ServiceHours weekend = pages.page(service).places().get(0).hours();
        assertThat(weekend.status().open()).isFalse();
        assertThat(weekend.onBreak()).isFalse();
        assertThat(weekend.status().time().toLocalDate()).hasToString("2026-11-30");
    }

    @Test
    void aHolidayClosesTheWholeDay() throws Exception {
        long service = published("Праздник " + Listings.marker());

        // Wednesday 4 November 2026, 10:00 in Kuzbass
        at("2026-11-04T03:00:00Z");
        ServiceHours holiday = pages.page(service).places().get(0).hours();

        assertThat(holiday.status().open()).isFalse();
        assertThat(holiday.status().closedTodayByException()).isTrue();
        assertThat(holiday.today().exception().description()).isEqualTo("День народного единства");
        assertThat(holiday.status().time().toLocalDate()).hasToString("2026-11-05");
    }

    @Test
    void thePageCarriesEverythingACitizenNeedsToAct() throws Exception {
        String name = "Всё для гражданина " + Listings.marker();
        long service = published(name);

        ServicePage page = pages.page(service);

        assertThat(page.name()).isEqualTo(name);
        assertThat(page.isPublic()).isTrue();
        assertThat(page.preview()).isFalse();
        assertThat(page.organizationPath()).startsWith("/organizations/" + page.organizationId());
        assertThat(page.howToApply()).isEqualTo("Позвоните по телефону или приходите с документами.");
        assertThat(page.documents()).containsExactly("Паспорт", "СНИЛС");
        assertThat(page.phones()).singleElement().satisfies(phone -> {
            assertThat(phone.number()).isEqualTo("+7 (3842) 00-00-01");
            assertThat(phone.tel()).isEqualTo("+73842000001");
        });
        assertThat(page.prices())
                .singleElement()
                .satisfies(price -> assertThat(price.option()).isEqualTo("Час уборки"));
        assertThat(page.categories()).extracting(c -> c.code()).containsExactly("older-people");
        assertThat(page.forms()).extracting(c -> c.code()).containsExactly("home");
        assertThat(page.freePlaces()).isEqualTo(3);
        assertThat(page.wheelchairAccessible()).isTrue();
        assertThat(page.places()).singleElement().satisfies(place -> {
            assertThat(place.address()).isEqualTo("Кемерово, ул. Весенняя, 5");
            assertThat(place.hasPoint()).isTrue();
        });
        assertThat(page.lastVerifiedAt()).isNotNull();
    }

    @Test
    void aReportOfAnErrorWaitsInTheMunicipalitysQueueNamingTheService() throws Exception {
        String name = "Ошибка в адресе " + Listings.marker();
        long service = published(name);
        AsAccount moderator = accounts.moderatorOf("Модератор Кемерово", "kemerovsky-go");

        reports.reportService(service, new ReportForm("Адрес неверный: переехали на ул. Кирова, 10", null));

        long item = Long.parseLong(fixture.rows(
                        "SELECT i.id FROM moderation_item i JOIN citizen_report r ON r.id = i.subject_id"
                                + " WHERE i.kind = 'report' AND r.service_id = ?",
                        service)
                .get(0));
        assertThat(moderator.call(() -> moderation.item(item)).title()).startsWith(name);
        long reportId = moderator.call(() -> moderation.item(item)).subjectId();
        ReportView report = moderator.call(() -> reports.forModerator(reportId));
        assertThat(report.serviceName()).isEqualTo(name);
        assertThat(report.servicePath()).isEqualTo("/service?id=" + service);
        assertThat(report.subjectType()).isEqualTo("service");
    }

    private long published(String name) {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount admin = accounts.administrator("Администратор");
        long organization =
                fixture.publishedOrganization("АНО «Страница» " + Listings.marker(), "kemerovsky-go", member.email());
        SavedService saved = member.call(() -> listings.create(organization, Listings.homeHelp(name), true));
        try {
            long item = Long.parseLong(fixture.rows(
                            "SELECT id FROM moderation_item WHERE kind = 'service' AND state = 'OPEN' AND subject_id = ?",
                            saved.revisionId())
                    .get(0));
            admin.run(() -> moderation.decide(item, Decision.APPROVED, null));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return saved.serviceId();
    }

    private void at(String instant) {
        clock.set(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }
}
