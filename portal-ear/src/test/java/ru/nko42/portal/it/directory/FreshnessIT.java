package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested.Kind;
import ru.nko42.portal.directory.boundary.DirectoryQuery;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.FreshnessRun;
import ru.nko42.portal.directory.boundary.FreshnessService;
import ru.nko42.portal.directory.boundary.InvalidVerificationLinkException;
import ru.nko42.portal.directory.boundary.InvalidVerificationLinkException.Problem;
import ru.nko42.portal.directory.boundary.OrganizationCard;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.directory.boundary.StaleOrganization;
import ru.nko42.portal.directory.boundary.VerificationLink;
import ru.nko42.portal.directory.control.StaleModeration;
import ru.nko42.portal.it.directory.FreshnessFixture.Stored;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ItemState;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;
import ru.nko42.portal.moderation.boundary.QueueRow;

/**
 * The freshness of the directory against MariaDB: an approval verifies the data; data verified more than a year ago
 * is asked about once, each representative by a link of their own that confirms once; unanswered data goes stale in
 * the directory and in the queue of its municipality's moderators, who confirm it or unpublish the profile. The
 * services' clocks are real: the tests move an organization's dates back instead.
 */
@ExtendWith(ArquillianExtension.class)
class FreshnessIT {

    private static final String MUNICIPALITY = "kemerovsky-go";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(15);

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("freshness-it").addClasses(FreshnessFixture.class, Stored.class);
    }

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    DirectorySearchService directory;

    @Inject
    FreshnessService freshness;

    @Inject
    ModerationService moderation;

    @Inject
    AuditQueryService auditLog;

    @Inject
    DirectoryMailCatcher mails;

    @EJB
    DirectoryFixture fixture;

    @EJB
    FreshnessFixture time;

    private AsAccount admin;

    @Test
    void anApprovalVerifiesTheDataAndThePublicProfileShowsWhen() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Published organization = published();

        Stored stored = time.stored(organization.id());
        assertThat(stored.lastVerifiedAt()).isBetween(before, Instant.now());
        assertThat(stored.verificationRequestedAt()).isNull();
        assertThat(stored.staleSince()).isNull();
        var profile = directory.profile(organization.id()).orElseThrow();
        assertThat(profile.lastVerifiedAt()).isEqualTo(stored.lastVerifiedAt());
        assertThat(profile.stale()).isFalse();
        assertThat(card(organization.marker()).stale()).isFalse();
    }

    @Test
    void dataVerifiedThirteenMonthsAgoIsAskedAboutOnceByEachRepresentative() throws Exception {
        Published organization = published();
        AsAccount second = fixture.member("Второй представитель");
        fixture.addRepresentative(organization.id(), second.email());
        time.verifiedAt(organization.id(), monthsAgo(13));
        Published recent = published();
        time.verifiedAt(recent.id(), monthsAgo(11));

        FreshnessRun first = admin().call(() -> freshness.checkNow());
        FreshnessRun again = admin().call(() -> freshness.checkNow());

        assertThat(first.asked()).isPositive();
        assertThat(first.mails()).isGreaterThanOrEqualTo(2);
        assertThat(again).isEqualTo(FreshnessRun.NOTHING);
        DirectoryMailRequested toFirst = onlyReminder(organization.member());
        DirectoryMailRequested toSecond = onlyReminder(second);
        assertThat(List.of(toFirst, toSecond)).allSatisfy(mail -> {
            assertThat(mail.path()).matches("/verify\\?token=[A-Za-z0-9_-]{43}");
            assertThat(mail.organizationName()).isEqualTo(organization.name());
            assertThat(mail.detail()).matches("\\d{1,2} \\p{IsCyrillic}+ \\d{4} г\\.");
        });
        assertThat(tokenOf(toFirst)).isNotEqualTo(tokenOf(toSecond));
        assertThat(time.storedTokens(organization.id()))
                .containsExactlyInAnyOrder(LinkToken.hash(tokenOf(toFirst)), LinkToken.hash(tokenOf(toSecond)))
                .doesNotContain(tokenOf(toFirst), tokenOf(toSecond));
        assertThat(mails.to(recent.member().email(), Kind.VERIFICATION_REQUESTED))
                .isEmpty();

        Stored stored = time.stored(organization.id());
        assertThat(stored.verificationRequestedAt()).isNotNull();
        assertThat(stored.staleSince()).isNull();
        assertThat(time.stored(recent.id()).verificationRequestedAt()).isNull();
        assertThat(actions(organization.id(), "organization.verification.request"))
                .singleElement()
                .satisfies(row -> assertThat(row.after()).contains("\"representativesAsked\":2"));

        var mail = Inbox.awaitSubject(
                organization.member().email(),
                "Подтвердите данные организации «" + organization.name() + "» в реестре",
                MAIL_WAIT);
        assertThat(mail.content().toString()).contains(toFirst.path()).contains("Ссылка действует 60 дней");
    }

    @Test
    void onlyAnAdministratorRunsTheCheck() {
        AsAccount member = fixture.member("Член");
        AsAccount moderator = fixture.moderatorOf("Модератор", MUNICIPALITY);

        assertThatThrownBy(() -> member.call(() -> freshness.checkNow())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> moderator.call(() -> freshness.checkNow())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> freshness.checkNow()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theLinkShowsTheOrganizationWithoutChangingItAndConfirmsItOnce() throws Exception {
        Published organization = askedAbout(published());
        String token = tokenOf(onlyReminder(organization.member()));
        Stored asked = time.stored(organization.id());

        VerificationLink shown = freshness.link(token);

        assertThat(shown.organizationId()).isEqualTo(organization.id());
        assertThat(shown.name()).isEqualTo(organization.name());
        assertThat(shown.lastVerifiedAt()).isEqualTo(asked.lastVerifiedAt());
        assertThat(shown.editorPath()).isEqualTo("/account/profile?id=" + organization.id());
        assertThat(time.stored(organization.id()))
                .as("opening the link changes nothing")
                .isEqualTo(asked);

        Instant clicked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        VerificationLink confirmed = freshness.confirm(token);

        assertThat(confirmed.lastVerifiedAt()).isAfterOrEqualTo(clicked);
        Stored stored = time.stored(organization.id());
        assertThat(stored.lastVerifiedAt()).isAfterOrEqualTo(clicked);
        assertThat(stored.verificationRequestedAt()).isNull();
        assertThat(directory.profile(organization.id()).orElseThrow().lastVerifiedAt())
                .isEqualTo(stored.lastVerifiedAt());
        assertRefused(() -> freshness.confirm(token), Problem.USED);
        assertRefused(() -> freshness.link(token), Problem.USED);
        assertThat(time.stored(organization.id())).isEqualTo(stored);
        assertThat(actions(organization.id(), "organization.verify"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.actorEmail()).isEqualTo(organization.member().email());
                    assertThat(row.after()).contains("\"confirmedThrough\":\"link\"");
                });

        assertThat(admin().call(() -> freshness.checkNow()).asked()).isZero();
        assertThat(mails.to(organization.member().email(), Kind.VERIFICATION_REQUESTED))
                .hasSize(1);
    }

    @Test
    void aLinkThatIsUnknownOrExpiredConfirmsNothing() throws Exception {
        Published organization = askedAbout(published());
        String token = tokenOf(onlyReminder(organization.member()));

        assertRefused(() -> freshness.link(LinkToken.newToken()), Problem.UNKNOWN);
        assertRefused(() -> freshness.confirm("<script>alert(1)</script>"), Problem.UNKNOWN);
        assertRefused(() -> freshness.confirm(null), Problem.UNKNOWN);
        assertRefused(() -> freshness.confirm(LinkToken.hash(token)), Problem.UNKNOWN);

        time.linksExpiredAt(organization.id(), Instant.now().minus(Duration.ofMinutes(1)));
        assertRefused(() -> freshness.link(token), Problem.EXPIRED);
        assertRefused(() -> freshness.confirm(token), Problem.EXPIRED);
        assertThat(time.stored(organization.id()).verificationRequestedAt()).isNotNull();
        assertThat(actions(organization.id(), "organization.verify")).isEmpty();
    }

    @Test
    void unansweredDataGoesStaleInTheDirectoryAndInTheQueueOfItsMunicipalityOnly() throws Exception {
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", MUNICIPALITY);
        AsAccount yurga = fixture.moderatorOf("Модератор Юрги", "yurginsky-go");
        Published organization = askedAbout(published());
        time.askedAt(organization.id(), Instant.now().minus(Duration.ofDays(31)));

        FreshnessRun run = admin().call(() -> freshness.checkNow());
        FreshnessRun again = admin().call(() -> freshness.checkNow());

        assertThat(run.flaggedStale()).isPositive();
        assertThat(again).isEqualTo(FreshnessRun.NOTHING);
        assertThat(time.stored(organization.id()).staleSince()).isNotNull();
        List<QueueRow> waiting = staleItems(kemerovo, organization);
        assertThat(waiting)
                .singleElement()
                .satisfies(row -> assertThat(row.kind()).isEqualTo("stale"));
        long itemId = waiting.get(0).id();
        assertThat(kemerovo.call(() -> moderation.item(itemId)).subjectId()).isEqualTo(organization.id());
        assertThat(staleItems(yurga, organization)).isEmpty();
        assertThatThrownBy(() -> yurga.call(() -> moderation.item(itemId))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> yurga.call(() -> freshness.staleOrganization(organization.id())))
                .isInstanceOf(NotPermittedException.class);
        StaleOrganization seen = kemerovo.call(() -> freshness.staleOrganization(organization.id()));
        assertThat(seen.staleSince()).isNotNull();
        assertThat(seen.verificationRequestedAt()).isNotNull();
        assertThat(seen.representatives()).isEqualTo(1);
        assertThat(seen.profilePath()).startsWith("/organizations/" + organization.id() + "-");
        assertThat(directory.profile(organization.id()).orElseThrow().stale()).isTrue();
        assertThat(card(organization.marker()).stale()).isTrue();
        assertThat(actions(organization.id(), "organization.stale")).hasSize(1);

        VerificationLink link = freshness.link(tokenOf(onlyReminder(organization.member())));
        assertThat(link.stale()).isTrue();
        freshness.confirm(tokenOf(onlyReminder(organization.member())));

        assertThat(time.stored(organization.id()).staleSince()).isNull();
        assertThat(directory.profile(organization.id()).orElseThrow().stale()).isFalse();
        assertThat(card(organization.marker()).stale()).isFalse();
        assertThat(staleItems(kemerovo, organization)).isEmpty();
        assertThat(kemerovo.call(() -> moderation.item(itemId)).state()).isEqualTo(ItemState.WITHDRAWN);
    }

    @Test
    void aModeratorWhoCheckedAStaleOrganizationMarksItVerified() throws Exception {
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", MUNICIPALITY);
        AsAccount yurga = fixture.moderatorOf("Модератор Юрги", "yurginsky-go");
        Published organization = stale(published());
        long itemId = staleItems(kemerovo, organization).get(0).id();

        assertThatThrownBy(() -> yurga.run(() -> moderation.decide(itemId, Decision.APPROVED, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> kemerovo.run(() -> moderation.decide(itemId, Decision.CHANGES_REQUESTED, "Нет")))
                .isInstanceOf(InvalidInputException.class);
        Instant checked = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        kemerovo.run(() -> moderation.decide(itemId, Decision.APPROVED, null));

        Stored stored = time.stored(organization.id());
        assertThat(stored.staleSince()).isNull();
        assertThat(stored.verificationRequestedAt()).isNull();
        assertThat(stored.lastVerifiedAt()).isAfterOrEqualTo(checked);
        var profile = directory.profile(organization.id()).orElseThrow();
        assertThat(profile.stale()).isFalse();
        assertThat(staleItems(kemerovo, organization)).isEmpty();
        assertThat(actions(organization.id(), "organization.verify"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.actorEmail()).isEqualTo(kemerovo.email());
                    assertThat(row.after()).contains("\"confirmedThrough\":\"moderation\"");
                });
    }

    @Test
    void aModeratorUnpublishesAStaleOrganizationWithAReasonItsRepresentativesRead() throws Exception {
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", MUNICIPALITY);
        Published organization = stale(published());
        long itemId = staleItems(kemerovo, organization).get(0).id();

        assertThatThrownBy(() -> kemerovo.run(() -> moderation.decide(itemId, Decision.REJECTED, "  ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(directory.profile(organization.id())).isPresent();
        kemerovo.run(() -> moderation.decide(itemId, Decision.REJECTED, "Организация не отвечает по телефону"));

        assertThat(directory.profile(organization.id())).isEmpty();
        assertThat(organization
                        .member()
                        .call(() -> profiles.status(organization.id()))
                        .state())
                .isEqualTo(PublicationState.UNPUBLISHED);
        assertThat(mails.to(organization.member().email(), Kind.ORGANIZATION_UNPUBLISHED))
                .singleElement()
                .satisfies(mail -> assertThat(mail.detail()).isEqualTo("Организация не отвечает по телефону"));
        assertThat(actions(organization.id(), "organization.unpublish"))
                .singleElement()
                .satisfies(row -> assertThat(row.actorEmail()).isEqualTo(kemerovo.email()));
        assertRefused(() -> freshness.confirm(tokenOf(onlyReminder(organization.member()))), Problem.UNPUBLISHED);
        assertThat(staleItems(kemerovo, organization)).isEmpty();
    }

    @Test
    void anApprovedNewRevisionAnswersTheQuestionAndTakesTheStaleItemOutOfTheQueue() throws Exception {
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", MUNICIPALITY);
        Published organization = stale(published());
        long itemId = staleItems(kemerovo, organization).get(0).id();
        ProfileForm edit = organization.member().call(() -> profiles.editForm(organization.id()));
        edit.getDetails().setPhone("+7 (3842) 00-00-00");
        SavedRevision resubmitted = organization.member().call(() -> profiles.save(organization.id(), edit, true));

        Instant approved = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        admin().run(() -> decisions.approve(resubmitted.revisionId()));

        Stored stored = time.stored(organization.id());
        assertThat(stored.lastVerifiedAt()).isAfterOrEqualTo(approved);
        assertThat(stored.staleSince()).isNull();
        assertThat(stored.verificationRequestedAt()).isNull();
        assertThat(kemerovo.call(() -> moderation.item(itemId)).state()).isEqualTo(ItemState.WITHDRAWN);
        assertThat(directory.profile(organization.id()).orElseThrow().stale()).isFalse();
    }

    @Test
    void anOrganizationWithoutRepresentativesIsAskedOfNobodyAndGoesStale() throws Exception {
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", MUNICIPALITY);
        Published organization = published();
        fixture.removeRepresentatives(organization.id());

        stale(organization);

        assertThat(mails.to(organization.member().email(), Kind.VERIFICATION_REQUESTED))
                .isEmpty();
        assertThat(actions(organization.id(), "organization.verification.request"))
                .singleElement()
                .satisfies(row -> assertThat(row.after()).contains("\"representativesAsked\":0"));
        assertThat(staleItems(kemerovo, organization)).hasSize(1);
        assertThat(kemerovo.call(() -> freshness.staleOrganization(organization.id()))
                        .representatives())
                .isZero();
    }

    /** A published organization in Kemerovo whose one representative registered it. */
    private Published published() {
        AsAccount member = fixture.member("Представитель");
        String marker = Profiles.marker();
        String name = "Фонд «Свежесть» " + marker;
        SavedRevision saved = member.call(() -> profiles.register(Profiles.ngo(name), true));
        admin().run(() -> decisions.approve(saved.revisionId()));
        return new Published(saved.organizationId(), name, marker, member);
    }

    /** Verified 13 months ago, and asked about by the check. */
    private Published askedAbout(Published organization) throws Exception {
        time.verifiedAt(organization.id(), monthsAgo(13));
        admin().call(() -> freshness.checkNow());
        assertThat(time.stored(organization.id()).verificationRequestedAt()).isNotNull();
        return organization;
    }

    /** Asked about 31 days ago, unanswered, and flagged stale by the check. */
    private Published stale(Published organization) throws Exception {
        askedAbout(organization);
        time.askedAt(organization.id(), Instant.now().minus(Duration.ofDays(31)));
        admin().call(() -> freshness.checkNow());
        assertThat(time.stored(organization.id()).staleSince()).isNotNull();
        return organization;
    }

    private AsAccount admin() {
        if (admin == null) {
            admin = fixture.administrator("Администратор");
        }
        return admin;
    }

    private DirectoryMailRequested onlyReminder(AsAccount representative) {
        List<DirectoryMailRequested> reminders = mails.to(representative.email(), Kind.VERIFICATION_REQUESTED);
        assertThat(reminders).hasSize(1);
        return reminders.get(0);
    }

    private static String tokenOf(DirectoryMailRequested mail) {
        return mail.path().substring(mail.path().indexOf("token=") + "token=".length());
    }

    private List<QueueRow> staleItems(AsAccount moderator, Published organization) {
        return moderator
                .call(() -> moderation.queue(
                        new QueueFilter(StaleModeration.KIND, MUNICIPALITY, 0, organization.marker(), 1)))
                .rows()
                .stream()
                .filter(row -> row.title().equals(organization.name()))
                .toList();
    }

    private List<AuditRow> actions(long organizationId, String action) {
        return admin().call(() -> auditLog.history(AuditItem.ORGANIZATION, organizationId)).stream()
                .filter(row -> row.action().equals(action))
                .toList();
    }

    private OrganizationCard card(String marker) {
        List<OrganizationCard> found = directory
                .search(new DirectoryQuery(null, null, null, null, marker, null, 1, 20))
                .organizations();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Instant monthsAgo(int months) {
        return Instant.now()
                .atZone(ZoneId.of("Asia/Novokuznetsk"))
                .minusMonths(months)
                .toInstant();
    }

    private static void assertRefused(Runnable call, Problem problem) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        InvalidVerificationLinkException.class,
                        e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private record Published(long id, String name, String marker, AsAccount member) {}
}
