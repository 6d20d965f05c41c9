package ru.nko42.portal.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.services.boundary.InvalidServiceException;
import ru.nko42.portal.services.boundary.MyService;
import ru.nko42.portal.services.boundary.SavedService;
import ru.nko42.portal.services.boundary.ServiceChangedException;
import ru.nko42.portal.services.boundary.ServiceForm;
import ru.nko42.portal.services.boundary.ServiceListingService;
import ru.nko42.portal.services.boundary.ServicePage;
import ru.nko42.portal.services.boundary.ServicePageService;
import ru.nko42.portal.services.boundary.WeeklyHoursRow;

/**
 * A member keeps the services of their organization against MariaDB: a listing is created with all its parts and
 * read back into the form, bad input is refused field by field with nothing saved, a stale form and a double
 * submission are caught, and nobody but the organization's representatives may touch it.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceListingServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployments.servicesWar("service-listing-it");
    }

    @Inject
    ServiceListingService listings;

    @Inject
    ServicePageService pages;

    @EJB
    DirectoryFixture accounts;

    @EJB
    ServiceFixture fixture;

    @Test
    void aServiceIsCreatedWithEveryPartAndReadBackIntoTheForm() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        long organization =
                fixture.publishedOrganization("АНО «Забота» " + Listings.marker(), "kemerovsky-go", member.email());
        String name = "Помощь на дому " + Listings.marker();

        SavedService saved = member.call(() -> listings.create(organization, Listings.homeHelp(name), false));

        assertThat(saved.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(fixture.rows("SELECT name, state FROM social_service WHERE id = ?", saved.serviceId()))
                .containsExactly(name + "|DRAFT");
        assertThat(fixture.rows(
                        "SELECT address, latitude, wheelchair_accessible FROM social_service_location WHERE revision_id = ?",
                        saved.revisionId()))
                .containsExactly("Кемерово, ул. Весенняя, 5|55.3547|true");
        String json = fixture.rows(
                        "SELECT schedule_json FROM social_service_location WHERE revision_id = ?", saved.revisionId())
                .get(0);
        assertThat(json).contains("\"byday\"", "\"13:00\"", "\"14:00\"", "2026-11-04");

        ServiceForm form = member.call(() -> listings.editForm(saved.serviceId()));
        assertThat(form.getName()).isEqualTo(name);
        assertThat(form.getFee()).isEqualTo(FeeKind.PARTLY_PAID);
        assertThat(form.getCostOptions()).singleElement().satisfies(cost -> {
            assertThat(cost.getOption()).isEqualTo("Час уборки");
            assertThat(cost.getAmount()).isEqualByComparingTo(new BigDecimal("150"));
        });
        assertThat(form.getForms()).containsExactly("home");
        assertThat(form.getCategories()).containsExactly("older-people");
        assertThat(form.getLanguages()).containsExactlyInAnyOrder("ru", "rsl");
        assertThat(form.getDocuments()).containsExactly("Паспорт", "СНИЛС");
        assertThat(form.getLocations()).singleElement().satisfies(place -> {
            assertThat(place.getMunicipality()).isEqualTo("kemerovsky-go");
            WeeklyHoursRow row = place.getSchedule().getRows().get(0);
            assertThat(row.getDays()).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
            assertThat(List.of(row.getOpens(), row.getBreakFrom(), row.getBreakTo(), row.getCloses()))
                    .containsExactly("09:00", "13:00", "14:00", "18:00");
            assertThat(place.getSchedule().getExceptions()).singleElement().satisfies(holiday -> {
                assertThat(holiday.isClosed()).isTrue();
                assertThat(holiday.getNote()).isEqualTo("День народного единства");
            });
        });
        assertThat(member.call(() -> listings.services(organization)))
                .extracting(MyService::name, MyService::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, PublicationState.DRAFT));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        long organization =
                fixture.publishedOrganization("АНО «Ошибки» " + Listings.marker(), "kemerovsky-go", member.email());
        ServiceForm form = Listings.homeHelp("Услуга с ошибками " + Listings.marker());
        form.setDescription("д".repeat(4001));
        form.setMinimumAge(70);
        form.setMaximumAge(60);
        form.setCapacity(2);
        form.setFreePlaces(5);
        form.setFee(FeeKind.PAID);
        form.setCostOptions(List.of());
        form.setUrl("javascript:alert(1)");
        form.getLocations().get(0).setLongitude(null);
        form.getLocations()
                .get(0)
                .getSchedule()
                .getRows()
                .add(new WeeklyHoursRow(List.of("SATURDAY"), "18:00", "09:00", null, null));
        form.getLocations()
                .get(0)
                .getSchedule()
                .getRows()
                .add(new WeeklyHoursRow(List.of("SUNDAY"), "10:00", "14:00", "15:00", "16:00"));
        form.getLocations()
                .get(0)
                .getSchedule()
                .getRows()
                .add(new WeeklyHoursRow(List.of("FUNDAY"), "10:00", "14:00", null, null));
        form.getSchedule().getRows().add(new WeeklyHoursRow(List.of("MONDAY"), "9 утра", "18:00", null, null));

        assertThatThrownBy(() -> member.call(() -> listings.create(organization, form, true)))
                .isInstanceOfSatisfying(
                        InvalidServiceException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field)
                                .contains(
                                        "description",
                                        "maximumAge",
                                        "freePlaces",
                                        "costOptions",
                                        "url",
                                        "locations[0].latitude",
                                        "locations[0].schedule.rows[1].closes",
                                        "locations[0].schedule.rows[2].breakFrom",
                                        "locations[0].schedule.rows[3].days",
                                        "schedule.rows[0].opens"));
        assertThat(fixture.count("SELECT COUNT(*) FROM social_service WHERE organization_id = ?", organization))
                .isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM moderation_item WHERE organization_id = ?", organization))
                .isZero();
    }

    @Test
    void anOvernightRowIsAcceptedWhenTheMemberSaysSo() {
        AsAccount member = accounts.member("Ольга Петрова");
        long organization =
                fixture.publishedOrganization("АНО «Ночлежка» " + Listings.marker(), "kemerovsky-go", member.email());
        ServiceForm form = Listings.homeHelp("Ночной приют " + Listings.marker());
        WeeklyHoursRow night = new WeeklyHoursRow(List.of("SATURDAY"), "20:00", "08:00", null, null);
        night.setOvernight(true);
        form.getLocations().get(0).getSchedule().getRows().add(night);

        SavedService saved = member.call(() -> listings.create(organization, form, false));

        ServiceForm back = member.call(() -> listings.editForm(saved.serviceId()));
        assertThat(back.getLocations().get(0).getSchedule().getRows()).anySatisfy(row -> {
            assertThat(row.getDays()).containsExactly("SATURDAY");
            assertThat(row.isOvernight()).isTrue();
            assertThat(row.getCloses()).isEqualTo("08:00");
        });
    }

    @Test
    void scriptTagsAreStoredAsTextAndShownAsText() {
        AsAccount member = accounts.member("Ольга Петрова");
        long organization =
                fixture.publishedOrganization("АНО «Скрипт» " + Listings.marker(), "kemerovsky-go", member.email());
        ServiceForm form = Listings.homeHelp("<script>alert(1)</script> " + Listings.marker());

        SavedService saved = member.call(() -> listings.create(organization, form, false));

        ServicePage preview = member.call(() -> pages.preview(saved.serviceId()));
        assertThat(preview.name()).startsWith("<script>alert(1)</script>");
        assertThat(preview.preview()).isTrue();
    }

    @Test
    void theSameFormSentTwiceCreatesOneService() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        long organization =
                fixture.publishedOrganization("АНО «Дважды» " + Listings.marker(), "kemerovsky-go", member.email());
        ServiceForm form = Listings.homeHelp("Дважды " + Listings.marker());

        SavedService first = member.call(() -> listings.create(organization, form, true));
        SavedService second = member.call(() -> listings.create(organization, form, true));

        assertThat(second.serviceId()).isEqualTo(first.serviceId());
        assertThat(fixture.count("SELECT COUNT(*) FROM social_service WHERE organization_id = ?", organization))
                .isEqualTo(1);
        assertThat(fixture.count(
                        "SELECT COUNT(*) FROM moderation_item WHERE kind = 'service' AND organization_id = ?",
                        organization))
                .isEqualTo(1);
    }

    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefused() {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount colleague = accounts.member("Иван Сидоров");
        long organization =
                fixture.publishedOrganization("АНО «Двое» " + Listings.marker(), "kemerovsky-go", member.email());
        accounts.addRepresentative(organization, colleague.email());
        SavedService saved =
                member.call(() -> listings.create(organization, Listings.homeHelp("Двое " + Listings.marker()), false));
        ServiceForm mine = member.call(() -> listings.editForm(saved.serviceId()));
        ServiceForm theirs = colleague.call(() -> listings.editForm(saved.serviceId()));
        theirs.setHowToApply("Только по записи");
        colleague.call(() -> listings.save(saved.serviceId(), theirs, false));

        mine.setHowToApply("Без записи");
        assertThatThrownBy(() -> member.call(() -> listings.save(saved.serviceId(), mine, false)))
                .isInstanceOfSatisfying(
                        ServiceChangedException.class,
                        stale -> assertThat(stale.changedBy()).isEqualTo("Иван Сидоров"));
        assertThat(member.call(() -> listings.editForm(saved.serviceId())).getHowToApply())
                .isEqualTo("Только по записи");
    }

    @Test
    void onlyTheOrganizationsRepresentativesMayKeepItsServices() {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount stranger = accounts.member("Посторонний");
        long organization =
                fixture.publishedOrganization("АНО «Своя» " + Listings.marker(), "kemerovsky-go", member.email());
        SavedService saved =
                member.call(() -> listings.create(organization, Listings.homeHelp("Своя " + Listings.marker()), false));

        assertThatThrownBy(() -> stranger.call(() -> listings.create(organization, Listings.homeHelp("Чужая"), false)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> listings.editForm(saved.serviceId())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> listings.services(organization)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> pages.page(saved.serviceId())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(member.call(() -> pages.page(saved.serviceId())).isPublic()).isFalse();
    }
}
