package ru.nko42.portal.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.services.boundary.MyService;
import ru.nko42.portal.services.boundary.SavedService;
import ru.nko42.portal.services.boundary.ServiceComparison;
import ru.nko42.portal.services.boundary.ServiceForm;
import ru.nko42.portal.services.boundary.ServiceListingService;
import ru.nko42.portal.services.boundary.ServiceModerationService;
import ru.nko42.portal.services.boundary.ServicePageService;

/**
 * A listing's way through the moderation queue against MariaDB: approval publishes it and tells the search, an
 * edit waits while the published version stays public, changes can be requested and a revision rejected, the
 * author hears of each decision, and moderators of other municipalities do not see it.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceModerationIT {

    @Deployment
    static WebArchive deployment() {
        return ServicesDeployments.servicesWar("service-moderation-it");
    }

    @Inject
    ServiceListingService listings;

    @Inject
    ServicePageService pages;

    @Inject
    ModerationService moderation;

    @Inject
    ServiceModerationService services;

    @Inject
    ListingEvents events;

    @EJB
    DirectoryFixture accounts;

    @EJB
    ServiceFixture fixture;

    @Test
    void approvalPublishesTheListingAndAnEditWaitsBesideIt() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount moderator = accounts.moderatorOf("Модератор Кемерово", "kemerovsky-go");
        long organization =
                fixture.publishedOrganization("АНО «Опора» " + Listings.marker(), "kemerovsky-go", member.email());
        String name = "Социальное такси " + Listings.marker();
        SavedService submitted = member.call(() -> listings.create(organization, Listings.homeHelp(name), true));
        long item = openItem(submitted.revisionId());
        assertThatThrownBy(() -> pages.page(submitted.serviceId())).isInstanceOf(NotPermittedException.class);

        moderator.run(() -> moderation.decide(item, Decision.APPROVED, null));

        assertThat(events.countFor(submitted.serviceId())).isEqualTo(1);
        assertThat(pages.page(submitted.serviceId()).name()).isEqualTo(name);
        assertThat(pages.page(submitted.serviceId()).isPublic()).isTrue();
        assertThat(pages.page(submitted.serviceId()).lastVerifiedAt()).isNotNull();
        assertThat(fixture.rows("SELECT subject FROM outbox_message WHERE recipient = ?", member.email()))
                .contains("Услуга «" + name + "» опубликована");

        ServiceForm edit = member.call(() -> listings.editForm(submitted.serviceId()));
        edit.setName(name + " (новое)");
        edit.setHowToApply("Только по записи");
        SavedService pending = member.call(() -> listings.save(submitted.serviceId(), edit, true));

        assertThat(pending.revisionId()).isNotEqualTo(submitted.revisionId());
        assertThat(pages.page(submitted.serviceId()).name()).isEqualTo(name);
        MyService status = member.call(() -> listings.status(submitted.serviceId()));
        assertThat(status.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(status.waiting()).isTrue();
        ServiceComparison comparison = moderator.call(() -> services.compare(pending.revisionId(), Locale.ROOT));
        assertThat(comparison.hasPublished()).isTrue();
        assertThat(comparison.rows())
                .filteredOn(ServiceComparison.Row::changed)
                .extracting(ServiceComparison.Row::labelKey)
                .containsExactlyInAnyOrder("service.field.name", "service.field.howToApply");

        moderator.run(() -> moderation.decide(openItem(pending.revisionId()), Decision.APPROVED, null));

        assertThat(pages.page(submitted.serviceId()).name()).isEqualTo(name + " (новое)");
        assertThat(events.countFor(submitted.serviceId())).isEqualTo(2);
        assertThat(fixture.rows(
                        "SELECT state FROM social_service_revision WHERE service_id = ? ORDER BY number",
                        submitted.serviceId()))
                .containsExactly("SUPERSEDED", "PUBLISHED");
    }

    @Test
    void changesRequestedMakeTheRevisionEditableAndARejectionKeepsIt() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount admin = accounts.administrator("Администратор");
        long organization =
                fixture.publishedOrganization("АНО «Круг» " + Listings.marker(), "kemerovsky-go", member.email());
        SavedService submitted =
                member.call(() -> listings.create(organization, Listings.homeHelp("Круг " + Listings.marker()), true));

        admin.run(() ->
                moderation.decide(openItem(submitted.revisionId()), Decision.CHANGES_REQUESTED, "Уточните адрес"));

        MyService sentBack = member.call(() -> listings.status(submitted.serviceId()));
        assertThat(sentBack.latestState()).isEqualTo(RevisionState.CHANGES_REQUESTED);
        assertThat(sentBack.reason()).isEqualTo("Уточните адрес");
        assertThat(events.countFor(submitted.serviceId())).isZero();
        assertThat(fixture.rows("SELECT subject FROM outbox_message WHERE recipient = ?", member.email()))
                .anyMatch(subject -> subject.contains("просит внести изменения"));
        ServiceForm fix = member.call(() -> listings.editForm(submitted.serviceId()));
        fix.getLocations().get(0).setAddress("Кемерово, ул. Весенняя, 5, каб. 3");
        SavedService resubmitted = member.call(() -> listings.save(submitted.serviceId(), fix, true));
        assertThat(resubmitted.revisionId()).isEqualTo(submitted.revisionId());

        admin.run(
                () -> moderation.decide(openItem(resubmitted.revisionId()), Decision.REJECTED, "Не социальная услуга"));

        MyService rejected = member.call(() -> listings.status(submitted.serviceId()));
        assertThat(rejected.latestState()).isEqualTo(RevisionState.REJECTED);
        assertThat(rejected.state()).isEqualTo(PublicationState.DRAFT);
        assertThatThrownBy(() -> pages.page(submitted.serviceId())).isInstanceOf(NotPermittedException.class);
        SavedService next = member.call(() -> listings.save(
                submitted.serviceId(), member.call(() -> listings.editForm(submitted.serviceId())), false));
        assertThat(next.revisionId()).isNotEqualTo(resubmitted.revisionId());
    }

    @Test
    void aWithdrawnSubmissionLeavesTheQueue() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        long organization =
                fixture.publishedOrganization("АНО «Назад» " + Listings.marker(), "kemerovsky-go", member.email());
        SavedService submitted =
                member.call(() -> listings.create(organization, Listings.homeHelp("Назад " + Listings.marker()), true));

        member.run(() -> listings.withdraw(submitted.serviceId()));

        assertThat(fixture.rows(
                        "SELECT state FROM moderation_item WHERE kind = 'service' AND subject_id = ?",
                        submitted.revisionId()))
                .containsExactly("WITHDRAWN");
        assertThat(member.call(() -> listings.status(submitted.serviceId())).latestState())
                .isEqualTo(RevisionState.DRAFT);
    }

    @Test
    void aModeratorOfAnotherMunicipalityDoesNotSeeTheListing() {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount elsewhere = accounts.moderatorOf("Модератор Топки", "topkinsky-mo");
        long organization =
                fixture.publishedOrganization("АНО «Далеко» " + Listings.marker(), "kemerovsky-go", member.email());
        SavedService submitted = member.call(
                () -> listings.create(organization, Listings.homeHelp("Далеко " + Listings.marker()), true));
        long item = openItem(submitted.revisionId());

        assertThatThrownBy(() -> elsewhere.call(() -> moderation.item(item))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> elsewhere.call(() -> services.compare(submitted.revisionId(), Locale.ROOT)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> elsewhere.call(() -> pages.page(submitted.serviceId())))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aModeratorAndTheMemberCanTakeAPublishedServiceOutOfTheSearch() throws Exception {
        AsAccount member = accounts.member("Ольга Петрова");
        AsAccount moderator = accounts.moderatorOf("Модератор Кемерово", "kemerovsky-go");
        long organization =
                fixture.publishedOrganization("АНО «Архив» " + Listings.marker(), "kemerovsky-go", member.email());
        SavedService first =
                member.call(() -> listings.create(organization, Listings.homeHelp("Архив " + Listings.marker()), true));
        SavedService second =
                member.call(() -> listings.create(organization, Listings.homeHelp("Снять " + Listings.marker()), true));
        moderator.run(() -> moderation.decide(openItem(first.revisionId()), Decision.APPROVED, null));
        moderator.run(() -> moderation.decide(openItem(second.revisionId()), Decision.APPROVED, null));

        moderator.run(() ->
                services.withdrawFromPublic(first.serviceId(), PublicationState.UNPUBLISHED, "Телефон не отвечает"));
        member.run(() -> listings.archive(second.serviceId()));

        assertThatThrownBy(() -> pages.page(first.serviceId())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> pages.page(second.serviceId())).isInstanceOf(NotPermittedException.class);
        assertThat(events.countFor(first.serviceId())).isEqualTo(2);
        assertThat(events.countFor(second.serviceId())).isEqualTo(2);
        assertThat(fixture.rows("SELECT state FROM social_service WHERE id = ?", first.serviceId()))
                .containsExactly("UNPUBLISHED");
        assertThat(fixture.rows("SELECT state FROM social_service WHERE id = ?", second.serviceId()))
                .containsExactly("ARCHIVED");
        assertThat(fixture.rows(
                        "SELECT action FROM audit_entry WHERE item_type = 'SERVICE' AND item_id = ?",
                        first.serviceId()))
                .contains("service.create", "service.revision.approve", "service.unpublish");
    }

    private long openItem(long revisionId) {
        try {
            return Long.parseLong(fixture.rows(
                            "SELECT id FROM moderation_item WHERE kind = 'service' AND state = 'OPEN' AND subject_id = ?",
                            revisionId)
                    .get(0));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
