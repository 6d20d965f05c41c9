package ru.nko42.portal.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.account.boundary.AccountService;
import ru.nko42.portal.account.boundary.SignUp;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQuery;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested.Kind;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RepresentativeService;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.directory.DirectoryMailCatcher;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;

/**
 * The audit log against MariaDB: decisions, claims and invitations leave the expected entries with actor, action,
 * item and changes; the table refuses UPDATE and DELETE whoever asks; no entry holds a password or a link's token.
 */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    private static final String[] BUNDLES = {
        "ru/nko42/portal/account/control/AccountMail.properties",
        "ru/nko42/portal/account/control/AccountMail_ru.properties",
        "ru/nko42/portal/account/control/PasswordFeedback.properties",
        "ru/nko42/portal/account/control/PasswordFeedback_ru.properties",
        "ru/nko42/portal/directory/control/DirectoryMail.properties",
        "ru/nko42/portal/directory/control/DirectoryMail_ru.properties"
    };

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("audit-log-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.directory",
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                // the directory tells the service search about changed profiles (no observer here)
                .addClasses(OrganizationListingChanged.class)
                .addClasses(DirectoryFixture.class, DirectoryMailCatcher.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        for (String bundle : BUNDLES) {
            war.addAsResource(bundle);
        }
        return AsAccount.enableIn(war);
    }

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    ClaimService claims;

    @Inject
    RepresentativeService representatives;

    @Inject
    AccountService accounts;

    @Inject
    AuditQueryService audit;

    @Inject
    DirectoryMailCatcher mails;

    @EJB
    DirectoryFixture fixture;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Test
    void aRejectionAResubmissionAnApprovalAndAClaimLeaveTheirEntries() {
        AsAccount owner = fixture.member("Владелец");
        AsAccount admin = fixture.administrator("Администратор");
        AsAccount claimant = fixture.member("Заявитель");
        SavedRevision first = owner.call(() -> profiles.register(tos("ТОС «Журнал» " + UUID.randomUUID()), true));
        long id = first.organizationId();

        admin.run(() -> decisions.reject(first.revisionId(), "Нет описания территории"));
        SavedRevision second = owner.call(() -> profiles.save(id, profiles.editForm(id), true));
        admin.run(() -> decisions.approve(second.revisionId()));
        claimant.run(() -> claims.claim(id, "Мы тоже здесь"));
        long claimId = owner.call(() -> claims.pending(id)).get(0).id();
        owner.run(() -> claims.decide(claimId, true, null));

        List<AuditRow> history = admin.call(() -> audit.history(AuditItem.ORGANIZATION, id));
        assertThat(history)
                .extracting(AuditRow::action, AuditRow::actorEmail, AuditRow::itemType, AuditRow::itemId)
                .containsExactly(
                        tuple("organization.claim.decide", owner.email(), "ORGANIZATION", id),
                        tuple("organization.claim", claimant.email(), "ORGANIZATION", id),
                        tuple("organization.revision.approve", admin.email(), "ORGANIZATION", id),
                        tuple("organization.revision.submit", owner.email(), "ORGANIZATION", id),
                        tuple("organization.revision.reject", admin.email(), "ORGANIZATION", id),
                        tuple("organization.register", owner.email(), "ORGANIZATION", id));
        assertThat(history).allSatisfy(row -> assertThat(row.actorId()).isNotNull());
        AuditRow rejection = history.get(4);
        assertThat(rejection.before()).isEqualTo("{\"state\":\"PENDING\"}");
        assertThat(rejection.after())
                .isEqualTo("{\"revision\":" + first.revisionId()
                        + ",\"state\":\"REJECTED\",\"reason\":\"Нет описания территории\"}");
        AuditRow approval = history.get(2);
        assertThat(approval.before()).isEqualTo("{\"state\":\"PENDING\",\"organization\":\"DRAFT\"}");
        assertThat(approval.after())
                .isEqualTo("{\"revision\":" + second.revisionId()
                        + ",\"state\":\"PUBLISHED\",\"organization\":\"PUBLISHED\"}");
        assertThat(history.get(0).after())
                .contains("\"state\":\"ACCEPTED\"", "\"claimant\":\"" + claimant.email() + "\"");
    }

    @Test
    void administratorsFindEntriesByTextAndTypeNewestFirstAndOthersMayNotSearch() {
        AsAccount owner = fixture.member("Искомый");
        AsAccount admin = fixture.administrator("Ищущий");
        long first = owner.call(() -> profiles.register(tos("ТОС «Поиск» " + UUID.randomUUID()), false))
                .organizationId();
        long second = owner.call(() -> profiles.register(tos("ТОС «Поиск» " + UUID.randomUUID()), true))
                .organizationId();

        AuditQuery byActor = new AuditQuery(owner.email().toUpperCase(), AuditItem.ORGANIZATION, null, null);
        assertThat(admin.call(() -> audit.search(byActor, 0, 10)))
                .extracting(AuditRow::itemId)
                .containsExactly(second, first);
        assertThat(admin.call(() -> audit.count(byActor))).isEqualTo(2);
        assertThat(admin.call(() -> audit.search(byActor, 1, 10)))
                .extracting(AuditRow::itemId)
                .containsExactly(first);
        AuditQuery otherType = new AuditQuery(owner.email(), AuditItem.ACCOUNT, null, null);
        assertThat(admin.call(() -> audit.count(otherType))).isZero();
        assertThatThrownBy(() -> owner.call(() -> audit.count(byActor))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        String action = "test.append-only." + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entry (action, item_type, item_id, after_value) VALUES (?, 'ORGANIZATION', 1, 'x')")) {
                insert.setString(1, action);
                insert.executeUpdate();
            }

            assertThatThrownBy(() -> statement.executeUpdate(
                            "UPDATE audit_entry SET after_value = 'changed' WHERE action = '" + action + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only: UPDATE refused");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry WHERE action = '" + action + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only: DELETE refused");

            try (ResultSet row =
                    statement.executeQuery("SELECT after_value FROM audit_entry WHERE action = '" + action + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("x");
                assertThat(row.next()).isFalse();
            }
        }
    }

    @Test
    void noEntryHoldsAPasswordOrAnInvitationsToken() throws SQLException {
        AsAccount owner = fixture.member("Приглашающий");
        long id = owner.call(() -> profiles.register(tos("ТОС «Тайна» " + UUID.randomUUID()), false))
                .organizationId();
        String invited = "invited-" + UUID.randomUUID() + "@example.org";
        owner.run(() -> representatives.invite(id, invited));
        String path = mails.to(invited, Kind.INVITATION).get(0).path();
        String token = path.substring(path.indexOf("token=") + "token=".length());
        String password = "секретный-пароль-журнала-" + UUID.randomUUID();
        String signedUp = "signup-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(new SignUp(signedUp, password.toCharArray(), "Новичок", "ru"));

        AsAccount admin = fixture.administrator("Проверяющий");
        assertThat(admin.call(() -> audit.history(AuditItem.ORGANIZATION, id)))
                .extracting(AuditRow::action, AuditRow::after)
                .contains(tuple("organization.representative.invite", "{\"invited\":\"" + invited + "\"}"));
        assertThat(admin.call(() -> audit.search(new AuditQuery(signedUp, AuditItem.ACCOUNT, null, null), 0, 5)))
                .extracting(AuditRow::action, AuditRow::actorEmail)
                .containsExactly(tuple("account.signup", null));
        assertThat(entriesContaining(token)).isZero();
        assertThat(entriesContaining(password)).isZero();
    }

    private long entriesContaining(String secret) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE"
                        + " CONCAT_WS(' ', actor_email, action, item_type, before_value, after_value, client_address)"
                        + " LIKE CONCAT('%', ?, '%')")) {
            count.setString(1, secret);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static ProfileForm tos(String fullName) {
        ProfileForm form = new ProfileForm();
        OrganizationDetails details = form.getDetails();
        details.setKind(OrganizationKind.TOS);
        details.setFullName(fullName);
        details.setTosTerritory("Улица Весенняя, дома 1-9");
        form.setLegalForm("tos");
        form.setMunicipality("kemerovsky-go");
        form.setActivityAreas(List.of("local-community"));
        form.setTargetGroups(List.of("residents"));
        return form;
    }
}
