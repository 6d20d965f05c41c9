package ru.nko42.portal.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.account.boundary.AccessChange;
import ru.nko42.portal.account.boundary.AccountAdminService;
import ru.nko42.portal.account.boundary.AccountChangedException;
import ru.nko42.portal.account.boundary.AccountDetails;
import ru.nko42.portal.account.boundary.AccountQuery;
import ru.nko42.portal.account.boundary.AccountRow;
import ru.nko42.portal.account.boundary.AccountService;
import ru.nko42.portal.account.boundary.MunicipalityChoice;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.account.control.MunicipalityScope;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * Administrators managing accounts against MariaDB: roles granted and revoked, accounts blocked (and then unable to
 * log in), a moderator's municipalities, the guards that keep the portal administered, and stale edits refused.
 */
@ExtendWith(ArquillianExtension.class)
class AccountAdminServiceIT {

    private static final String PASSWORD = "кедр-брусника-перевал-2026";

    @Deployment
    static WebArchive deployment() {
        return AsAccount.enableIn(Deployments.persistenceWar("account-admin-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                .addClasses(AccountAdminFixture.class)
                .addAsResource("ru/nko42/portal/account/control/AccountMail.properties")
                .addAsResource("ru/nko42/portal/account/control/AccountMail_ru.properties")
                .addAsResource("ru/nko42/portal/account/control/PasswordFeedback.properties")
                .addAsResource("ru/nko42/portal/account/control/PasswordFeedback_ru.properties")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml"));
    }

    @Inject
    AccountAdminService service;

    @Inject
    AccountService accounts;

    @Inject
    ModeratorScope scope;

    @EJB
    AccountAdminFixture fixture;

    @Test
    void anAdministratorGrantsAndRevokesRolesAndABlockedAccountCannotLogIn() {
        AsAccount admin = fixture.account("Администратор", PASSWORD, AccountRole.ADMIN);
        AsAccount member = fixture.account("Участник", PASSWORD, AccountRole.MEMBER);
        long id = fixture.idOf(member.email());
        AccountDetails before = admin.call(() -> service.account(id)).orElseThrow();

        AccountDetails granted = admin.call(() -> service.grant(id, before.version(), AccountRole.MODERATOR));
        assertThat(granted.roles()).containsExactlyInAnyOrder(AccountRole.MEMBER, AccountRole.MODERATOR);
        assertThat(granted.version()).isGreaterThan(before.version());
        assertThat(fixture.storedRoles(member.email())).containsExactly("MEMBER", "MODERATOR");

        AccountDetails revoked = admin.call(() -> service.revoke(id, granted.version(), AccountRole.MEMBER));
        assertThat(fixture.storedRoles(member.email())).containsExactly("MODERATOR");

        assertThat(accounts.authenticate(member.email(), PASSWORD.toCharArray()))
                .isPresent();
        AccountDetails loggedIn = admin.call(() -> service.account(id)).orElseThrow();
        assertThat(loggedIn.lastLoginAt()).isNotNull();
        assertThat(loggedIn.version()).as("a login is a change too").isGreaterThan(revoked.version());
        AccountDetails blocked = admin.call(() -> service.block(id, loggedIn.version()));
        assertThat(blocked.status()).isEqualTo(AccountStatus.BLOCKED);
        assertThat(fixture.storedStatus(member.email())).isEqualTo("BLOCKED");
        assertThat(accounts.authenticate(member.email(), PASSWORD.toCharArray()))
                .isEmpty();
        assertThatThrownBy(() -> member.call(() -> scope.ofCaller()))
                .as("a blocked account's open session is refused by the services")
                .isInstanceOf(NotPermittedException.class);

        AccountDetails unblocked = admin.call(() -> service.unblock(id, blocked.version()));
        assertThat(unblocked.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.authenticate(member.email(), PASSWORD.toCharArray()))
                .isPresent();
        assertThat(admin.call(() -> service.account(id)).orElseThrow().lastLoginAt())
                .isNotNull();
    }

    @Test
    void theLastActiveAdministratorKeepsTheRoleAndNobodyBlocksThemself() {
        AsAccount admin = fixture.account("Единственный администратор", PASSWORD, AccountRole.ADMIN);
        long id = fixture.idOf(admin.email());
        long version = admin.call(() -> service.account(id)).orElseThrow().version();

        assertThatThrownBy(() -> admin.run(() -> fixture.asTheOnlyActiveAdministrator(
                        admin.email(), () -> service.revoke(id, version, AccountRole.ADMIN))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.user.error.lastAdmin"));
        assertThatThrownBy(() -> admin.run(() -> fixture.asTheOnlyActiveAdministrator(
                        admin.email(),
                        () -> service.changeAccess(
                                new AccessChange(id, version, Set.of(AccountRole.MODERATOR), true, true, Set.of())))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.user.error.lastAdmin"));
        assertThatThrownBy(() -> admin.run(() -> service.block(id, version)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.user.error.blockSelf"));
        assertThat(fixture.storedRoles(admin.email())).containsExactly("ADMIN");
        assertThat(fixture.storedStatus(admin.email())).isEqualTo("ACTIVE");

        AsAccount other = fixture.account("Второй администратор", PASSWORD, AccountRole.ADMIN);
        AccountDetails demoted = other.call(() -> service.revoke(id, version, AccountRole.ADMIN));
        assertThat(demoted.roles())
                .as("with another administrator about, the role may go")
                .isEmpty();
    }

    @Test
    void anEditStartedFromAnOldVersionIsRefusedAndWritesNothing() {
        AsAccount admin = fixture.account("Администратор", PASSWORD, AccountRole.ADMIN);
        AsAccount member = fixture.account("Участник", PASSWORD, AccountRole.MEMBER);
        long id = fixture.idOf(member.email());
        long loaded = admin.call(() -> service.account(id)).orElseThrow().version();
        admin.run(() -> service.grant(id, loaded, AccountRole.EDITOR));

        assertThatThrownBy(() -> admin.run(() -> service.block(id, loaded)))
                .isInstanceOfSatisfying(
                        AccountChangedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.user.error.changed"));
        assertThatThrownBy(() -> admin.run(() -> service.changeAccess(
                        new AccessChange(id, loaded, Set.of(AccountRole.MODERATOR), false, true, Set.of()))))
                .isInstanceOf(AccountChangedException.class);

        assertThat(fixture.storedStatus(member.email())).isEqualTo("ACTIVE");
        assertThat(fixture.storedRoles(member.email())).containsExactly("EDITOR", "MEMBER");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        AsAccount moderator = fixture.account("Модератор", PASSWORD, AccountRole.MODERATOR);
        AsAccount member = fixture.account("Участник", PASSWORD, AccountRole.MEMBER);
        long id = fixture.idOf(member.email());
        AccountQuery everyone = new AccountQuery("", null, null, 1, 10);

        for (AsAccount caller : List.of(moderator, member)) {
            assertThatThrownBy(() -> caller.call(() -> service.search(everyone)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> caller.call(() -> service.grant(id, 0, AccountRole.ADMIN)))
                    .isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> caller.call(() -> service.block(id, 0))).isInstanceOf(EJBAccessException.class);
        }
        assertThat(fixture.storedRoles(member.email())).containsExactly("MEMBER");
    }

    @Test
    void aModeratorsMunicipalitiesAreSavedAndDecideTheScope() {
        AsAccount admin = fixture.account("Администратор", PASSWORD, AccountRole.ADMIN);
        AsAccount member = fixture.account("Будущий модератор", PASSWORD, AccountRole.MEMBER);
        long id = fixture.idOf(member.email());
        List<MunicipalityChoice> municipalities = admin.call(() -> service.municipalities());
        assertThat(municipalities).hasSize(34);
        long kemerovo = idOf(municipalities, "Кемеровский городской округ");
        long yurga = idOf(municipalities, "Юргинский городской округ");
        long version = admin.call(() -> service.account(id)).orElseThrow().version();

        AccountDetails moderator = admin.call(() -> service.changeAccess(
                new AccessChange(id, version, Set.of(AccountRole.MODERATOR), false, false, Set.of(kemerovo, yurga))));

        assertThat(moderator.municipalityIds()).containsExactlyInAnyOrder(kemerovo, yurga);
        assertThat(moderator.digest()).isFalse();
        assertThat(admin.call(() -> service.account(id)).orElseThrow().municipalityIds())
                .containsExactlyInAnyOrder(kemerovo, yurga);
        AsAccount asModerator = AsAccount.of(member.email(), AccountRole.MODERATOR);
        MunicipalityScope assigned = asModerator.call(() -> scope.ofCaller());
        assertThat(assigned.all()).isFalse();
        assertThat(assigned.ids()).containsExactlyInAnyOrder(kemerovo, yurga);

        AccountDetails regional = admin.call(() -> service.changeAccess(new AccessChange(
                id, moderator.version(), Set.of(AccountRole.MODERATOR), true, true, Set.of(kemerovo))));
        assertThat(regional.regional()).isTrue();
        assertThat(asModerator.call(() -> scope.ofCaller())).isEqualTo(MunicipalityScope.ALL);
        assertThat(admin.call(() -> scope.ofCaller())).isEqualTo(MunicipalityScope.ALL);

        assertThatThrownBy(() -> admin.run(() -> service.changeAccess(new AccessChange(
                        id, regional.version(), Set.of(AccountRole.MODERATOR), false, true, Set.of(-1L)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.user.error.municipality"));

        AccountDetails demoted = admin.call(() -> service.revoke(id, regional.version(), AccountRole.MODERATOR));
        assertThat(demoted.roles()).isEmpty();
        assertThat(asModerator.call(() -> scope.ofCaller())).isEqualTo(MunicipalityScope.NONE);
        AccountDetails member2 = admin.call(() -> service.changeAccess(
                new AccessChange(id, demoted.version(), Set.of(AccountRole.MEMBER), true, true, Set.of(kemerovo))));
        assertThat(member2.municipalityIds())
                .as("an assignment goes with the role")
                .isEmpty();
        assertThat(member2.regional()).isFalse();
    }

    @Test
    void accountsAreFoundByTextRoleAndStatusAPageAtATime() {
        AsAccount admin = fixture.account("Администратор", PASSWORD, AccountRole.ADMIN);
        String marker = "Поиск_" + UUID.randomUUID().toString().substring(0, 8);
        AsAccount first = fixture.account(marker + " Анна", PASSWORD, AccountRole.MEMBER);
        AsAccount second = fixture.account(marker + " Борис", PASSWORD, AccountRole.MODERATOR);
        AsAccount third = fixture.account(marker + " Вера", PASSWORD, AccountRole.MEMBER);
        long thirdId = fixture.idOf(third.email());
        long thirdVersion =
                admin.call(() -> service.account(thirdId)).orElseThrow().version();
        admin.run(() -> service.block(thirdId, thirdVersion));

        var all = admin.call(() -> service.search(new AccountQuery(marker.toLowerCase(), null, null, 1, 10)));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.rows())
                .extracting(AccountRow::email)
                .containsExactlyInAnyOrder(first.email(), second.email(), third.email());
        assertThat(admin.call(() -> service.search(new AccountQuery(marker, AccountRole.MODERATOR, null, 1, 10)))
                        .rows())
                .extracting(AccountRow::email)
                .containsExactly(second.email());
        assertThat(admin.call(() -> service.search(new AccountQuery(marker, null, AccountStatus.BLOCKED, 1, 10)))
                        .rows())
                .extracting(AccountRow::email)
                .containsExactly(third.email());
        assertThat(admin.call(() -> service.search(new AccountQuery(second.email(), null, null, 1, 10)))
                        .rows())
                .extracting(AccountRow::displayName)
                .containsExactly(marker + " Борис");

        var pageTwo = admin.call(() -> service.search(new AccountQuery(marker, null, null, 2, 2)));
        assertThat(pageTwo.total()).isEqualTo(3);
        assertThat(pageTwo.pages()).isEqualTo(2);
        assertThat(pageTwo.rows()).hasSize(1);
    }

    private static long idOf(List<MunicipalityChoice> municipalities, String nameRu) {
        return municipalities.stream()
                .filter(m -> m.nameRu().equals(nameRu))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
