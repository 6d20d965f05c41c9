package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.account.boundary.InvalidEmailException;
import ru.nko42.portal.account.boundary.InvalidLinkException;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.ClaimView;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested.Kind;
import ru.nko42.portal.directory.boundary.OrganizationExistsException;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RepresentativeService;
import ru.nko42.portal.directory.boundary.RepresentativeView;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.model.directory.ClaimState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.moderation.boundary.AlreadyDecidedException;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;
import ru.nko42.portal.moderation.boundary.QueueRow;

/**
 * One organization, one entry: a second registration of its ИНН or ОГРН becomes a request to represent it, which
 * its representatives (or, without any, the administrators) decide; and representatives invite others by mail.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimAndRepresentativeIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("claim-representative-it");
    }

    @Inject
    OrganizationProfileService profiles;

    @Inject
    ClaimService claims;

    @Inject
    RepresentativeService representatives;

    @Inject
    DirectoryMailCatcher mails;

    @EJB
    DirectoryFixture fixture;

    @Inject
    ModerationService moderation;

    @Test
    void registeringAKnownInnOrOgrnIsRefusedWithoutASecondRow() throws Exception {
        AsAccount owner = fixture.member("Первый регистратор");
        AsAccount latecomer = fixture.member("Второй регистратор");
        ProfileForm original = Profiles.ngo("АНО «Оригинал» " + Profiles.marker());
        long id = owner.call(() -> profiles.register(original, true)).organizationId();
        String inn = original.getDetails().getInn();

        ProfileForm sameInn = Profiles.ngo("АНО «Копия» " + Profiles.marker());
        sameInn.getDetails().setInn(inn.substring(0, 4) + " " + inn.substring(4));
        assertThatThrownBy(() -> latecomer.call(() -> profiles.register(sameInn, false)))
                .isInstanceOfSatisfying(OrganizationExistsException.class, e -> {
                    assertThat(e.organizationId()).isEqualTo(id);
                    assertThat(e.organizationName())
                            .isEqualTo(original.getDetails().getFullName());
                    assertThat(e.alreadyRepresented()).isFalse();
                });
        ProfileForm sameOgrn = Profiles.ngo("АНО «Копия ОГРН» " + Profiles.marker());
        sameOgrn.getDetails().setOgrn(original.getDetails().getOgrn());
        assertThatThrownBy(() -> latecomer.call(() -> profiles.register(sameOgrn, false)))
                .isInstanceOfSatisfying(
                        OrganizationExistsException.class,
                        e -> assertThat(e.organizationId()).isEqualTo(id));
        ProfileForm again = Profiles.ngo("АНО «Ещё раз» " + Profiles.marker());
        again.getDetails().setInn(inn);
        again.getDetails().setOgrn(original.getDetails().getOgrn());
        assertThatThrownBy(() -> owner.call(() -> profiles.register(again, false)))
                .isInstanceOfSatisfying(
                        OrganizationExistsException.class,
                        e -> assertThat(e.alreadyRepresented()).isTrue());

        assertThat(fixture.organizationsWithInn(inn)).isEqualTo(1);
        assertThat(fixture.organizationsNamed(sameInn.getDetails().getFullName()))
                .isZero();
        assertThat(latecomer.call(() -> profiles.mine())).isEmpty();
    }

    @Test
    void aClaimIsMailedToTheRepresentativesWhoAcceptIt() throws Exception {
        AsAccount owner = fixture.member("Ольга Представитель");
        AsAccount claimant = fixture.member("Пётр Заявитель");
        String name = "АНО «Спорная» " + Profiles.marker();
        long id = registered(owner, name);

        claimant.run(() -> claims.claim(id, "  Я председатель правления  "));

        var mail =
                Inbox.awaitSubject(owner.email(), "Запрос на представительство организации «" + name + "»", MAIL_WAIT);
        assertThat(mail.content().toString()).contains("Пётр Заявитель <" + claimant.email() + ">");
        ClaimView claim = owner.call(() -> claims.pending(id)).get(0);
        assertThat(claim.claimantEmail()).isEqualTo(claimant.email());
        assertThat(claim.message()).isEqualTo("Я председатель правления");
        assertThat(claimant.call(() -> claims.mine()))
                .extracting(ClaimView::organizationId, ClaimView::state)
                .containsExactly(Tuple.tuple(id, ClaimState.PENDING));
        assertThatThrownBy(() -> claimant.call(() -> profiles.editForm(id))).isInstanceOf(NotPermittedException.class);

        owner.run(() -> claims.decide(claim.id(), true, null));

        assertThat(owner.call(() -> representatives.representatives(id)))
                .extracting(RepresentativeView::email)
                .containsExactly(owner.email(), claimant.email());
        assertThat(claimant.call(() -> profiles.editForm(id)).getDetails().getFullName())
                .isEqualTo(name);
        assertThat(claimant.call(() -> claims.mine()).get(0).state()).isEqualTo(ClaimState.ACCEPTED);
        assertThat(owner.call(() -> claims.pending(id))).isEmpty();
        assertThat(mails.to(claimant.email(), Kind.CLAIM_ACCEPTED)).hasSize(1);
        assertThatThrownBy(() -> owner.run(() -> claims.decide(claim.id(), false, "Передумала")))
                .isInstanceOf(AlreadyDecidedException.class);
    }

    @Test
    void claimingTwiceWhileTheFirstWaitsMakesOneClaimAndOneMail() {
        AsAccount owner = fixture.member("Представитель");
        AsAccount claimant = fixture.member("Настойчивый");
        long id = registered(owner, "Фонд " + Profiles.marker());

        claimant.run(() -> claims.claim(id, "Первый раз"));
        claimant.run(() -> claims.claim(id, "Второй раз"));

        assertThat(owner.call(() -> claims.pending(id)))
                .singleElement()
                .satisfies(claim -> assertThat(claim.message()).isEqualTo("Первый раз"));
        assertThat(mails.to(owner.email(), Kind.CLAIM_RECEIVED)).hasSize(1);
        assertThatThrownBy(() -> owner.run(() -> claims.claim(id, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("claim.error.alreadyRepresentative"));
    }

    @Test
    void aClaimOnAnOrganizationWithoutRepresentativesWaitsForTheModeratorsOfItsMunicipality() {
        AsAccount gone = fixture.member("Ушедший представитель");
        AsAccount moderator = fixture.moderatorOf("Модератор Кемерова", "kemerovsky-go");
        AsAccount claimant = fixture.member("Новый председатель");
        String name = "ТОС «Сиротка» " + Profiles.marker();
        long id = gone.call(() -> profiles.register(Profiles.tos(name), true)).organizationId();
        fixture.removeRepresentatives(id);

        claimant.run(() -> claims.claim(id, null));

        assertThat(mails.to(gone.email(), Kind.CLAIM_RECEIVED)).isEmpty();
        QueueRow claim = moderator
                .call(() -> moderation.queue(new QueueFilter("claim", null, 0, name, 1)))
                .rows()
                .get(0);
        moderator.run(() -> moderation.decide(claim.id(), Decision.APPROVED, null));
        assertThat(mails.to(claimant.email(), Kind.CLAIM_ACCEPTED)).hasSize(1);
        assertThat(claimant.call(() -> representatives.representatives(id)))
                .extracting(RepresentativeView::email)
                .containsExactly(claimant.email());
    }

    @Test
    void aDeclineNeedsAReasonTheClaimantReads() {
        AsAccount owner = fixture.member("Представитель");
        AsAccount claimant = fixture.member("Самозванец");
        long id = registered(owner, "Фонд " + Profiles.marker());
        claimant.run(() -> claims.claim(id, null));
        long claimId = owner.call(() -> claims.pending(id)).get(0).id();

        for (String reason : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> owner.run(() -> claims.decide(claimId, false, reason)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("moderation.error.reason.required"));
        }
        owner.run(() -> claims.decide(claimId, false, " Мы вас не знаем "));

        assertThat(claimant.call(() -> claims.mine())).singleElement().satisfies(claim -> {
            assertThat(claim.state()).isEqualTo(ClaimState.DECLINED);
            assertThat(claim.reason()).isEqualTo("Мы вас не знаем");
        });
        assertThat(mails.to(claimant.email(), Kind.CLAIM_DECLINED))
                .extracting(DirectoryMailRequested::detail)
                .containsExactly("Мы вас не знаем");
        assertThat(owner.call(() -> representatives.representatives(id))).hasSize(1);
        assertThatThrownBy(() -> claimant.call(() -> profiles.editForm(id))).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void onlyRepresentativesAndAdministratorsDecideClaims() {
        AsAccount owner = fixture.member("Представитель");
        AsAccount claimant = fixture.member("Заявитель");
        AsAccount bystander = fixture.member("Прохожий");
        long id = registered(owner, "Фонд " + Profiles.marker());
        claimant.run(() -> claims.claim(id, null));
        long claimId = owner.call(() -> claims.pending(id)).get(0).id();

        for (AsAccount outsider : new AsAccount[] {claimant, bystander}) {
            assertThatThrownBy(() -> outsider.run(() -> claims.decide(claimId, true, null)))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> outsider.call(() -> claims.pending(id))).isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> claims.decide(claimId, true, null)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> claims.claim(id, null)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> bystander.run(() -> claims.claim(Long.MAX_VALUE, null)))
                .isInstanceOf(NotPermittedException.class);

        assertThat(claimant.call(() -> claims.mine()).get(0).state()).isEqualTo(ClaimState.PENDING);
        assertThat(owner.call(() -> representatives.representatives(id))).hasSize(1);
    }

    @Test
    void anInvitationByMailMakesItsOpenerARepresentativeOnce() throws Exception {
        AsAccount owner = fixture.member("Приглашающая");
        AsAccount invitee = fixture.member("Приглашённый");
        AsAccount other = fixture.member("Перехвативший ссылку");
        String name = "АНО «Команда» " + Profiles.marker();
        long id = registered(owner, name);

        owner.run(() -> representatives.invite(id, "  " + invitee.email().toUpperCase() + " "));

        var mail =
                Inbox.awaitSubject(invitee.email(), "Приглашение представлять организацию «" + name + "»", MAIL_WAIT);
        String path = mails.to(invitee.email(), Kind.INVITATION).get(0).path();
        String token = path.substring(path.indexOf("token=") + "token=".length());
        assertThat(mail.content().toString()).contains("/account/invitation?token=" + token);

        assertThat(invitee.call(() -> representatives.acceptInvitation(token))).isEqualTo(id);
        assertThat(owner.call(() -> representatives.representatives(id)))
                .extracting(RepresentativeView::email)
                .containsExactly(owner.email(), invitee.email());
        assertThatThrownBy(() -> other.call(() -> representatives.acceptInvitation(token)))
                .isInstanceOf(InvalidLinkException.class);
        assertThatThrownBy(() -> other.call(() -> representatives.acceptInvitation("' OR 1=1 --")))
                .isInstanceOf(InvalidLinkException.class);
        assertThatThrownBy(() -> owner.run(() -> representatives.invite(id, "не адрес")))
                .isInstanceOf(InvalidEmailException.class);
        assertThatThrownBy(() -> other.call(() -> profiles.editForm(id))).isInstanceOf(NotPermittedException.class);
    }

    private long registered(AsAccount owner, String name) {
        SavedRevision saved = owner.call(() -> profiles.register(Profiles.ngo(name), false));
        return saved.organizationId();
    }
}
