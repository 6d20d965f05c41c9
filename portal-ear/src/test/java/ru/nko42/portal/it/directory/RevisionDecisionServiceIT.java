package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested.Kind;
import ru.nko42.portal.directory.boundary.DirectoryQuery;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.OrganizationCard;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.RevisionSummary;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.moderation.boundary.AlreadyDecidedException;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;
import ru.nko42.portal.moderation.boundary.QueueRow;

/**
 * A profile's way through moderation against MariaDB: approval publishes it, a later edit waits beside the public
 * revision, a rejection sends it back with a reason, and a revision is decided once even by two moderators at once.
 */
@ExtendWith(ArquillianExtension.class)
class RevisionDecisionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("revision-decision-it");
    }

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    ModerationService moderation;

    @Inject
    DirectorySearchService directory;

    @Inject
    DirectoryMailCatcher mails;

    @EJB
    DirectoryFixture fixture;

    @Test
    void aProfileIsPublishedEditedRejectedAndPublishedAgainKeepingEveryRevision() {
        AsAccount member = fixture.member("Светлана Иванова");
        AsAccount admin = fixture.administrator("Модератор");
        String marker = Profiles.marker();
        String firstName = "АНО «Первое имя» " + marker;
        SavedRevision first = member.call(() -> profiles.register(Profiles.ngo(firstName), true));
        long id = first.organizationId();

        admin.run(() -> decisions.approve(first.revisionId()));

        assertThat(member.call(() -> profiles.status(id)).state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(directory.profile(id).orElseThrow().details().getFullName()).isEqualTo(firstName);
        assertThat(found(marker)).containsExactly(firstName);
        assertThat(mails.to(member.email(), Kind.REVISION_PUBLISHED)).hasSize(1);

        ProfileForm edit = member.call(() -> profiles.editForm(id));
        edit.getDetails().setFullName("АНО «Второе имя» " + marker);
        SavedRevision second = member.call(() -> profiles.save(id, edit, false));

        assertThat(second.revisionId()).isNotEqualTo(first.revisionId());
        assertThat(second.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(revisions(member, id)).extracting(RevisionSummary::number).containsExactly(2, 1);
        assertThat(directory.profile(id).orElseThrow().details().getFullName()).isEqualTo(firstName);
        assertThat(found(marker)).containsExactly(firstName);

        ProfileForm submit = member.call(() -> profiles.editForm(id));
        assertThat(member.call(() -> profiles.save(id, submit, true)).state()).isEqualTo(RevisionState.PENDING);
        admin.run(() -> decisions.reject(second.revisionId(), "  Второе имя не совпадает с уставом  "));

        var status = member.call(() -> profiles.status(id));
        assertThat(status.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(status.latestState()).isEqualTo(RevisionState.REJECTED);
        assertThat(status.latestReason()).isEqualTo("Второе имя не совпадает с уставом");
        assertThat(directory.profile(id).orElseThrow().details().getFullName()).isEqualTo(firstName);
        assertThat(mails.to(member.email(), Kind.REVISION_REJECTED))
                .singleElement()
                .satisfies(mail -> assertThat(mail.detail()).isEqualTo("Второе имя не совпадает с уставом"));

        ProfileForm fix = member.call(() -> profiles.editForm(id));
        String thirdName = "АНО «Третье имя» " + marker;
        fix.getDetails().setFullName(thirdName);
        SavedRevision third = member.call(() -> profiles.save(id, fix, true));

        assertThat(third.revisionId()).isNotIn(first.revisionId(), second.revisionId());
        assertThat(third.state()).isEqualTo(RevisionState.PENDING);
        admin.run(() -> decisions.approve(third.revisionId()));

        assertThat(revisions(member, id))
                .extracting(RevisionSummary::number, RevisionSummary::state, RevisionSummary::reason)
                .containsExactly(
                        Tuple.tuple(3, RevisionState.PUBLISHED, null),
                        Tuple.tuple(2, RevisionState.REJECTED, "Второе имя не совпадает с уставом"),
                        Tuple.tuple(1, RevisionState.SUPERSEDED, null));
        assertThat(revisions(member, id).get(0).decidedByName()).isEqualTo("Модератор");
        assertThat(directory.profile(id).orElseThrow().details().getFullName()).isEqualTo(thirdName);
        assertThat(found(marker)).containsExactly(thirdName);
    }

    @Test
    void aRejectionNeedsAReason() {
        AsAccount member = fixture.member("Член");
        AsAccount admin = fixture.administrator("Модератор");
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo("Фонд " + Profiles.marker()), true));

        for (String reason : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> admin.run(() -> decisions.reject(pending.revisionId(), reason)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("moderation.error.reason.required"));
        }
        assertThatThrownBy(() -> admin.run(() -> decisions.reject(pending.revisionId(), "я".repeat(2001))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(member.call(() -> profiles.status(pending.organizationId())).latestState())
                .isEqualTo(RevisionState.PENDING);
    }

    @Test
    void anArchivedOrganizationLeavesTheDirectoryWithAReasonAndComesBackThroughModeration() {
        AsAccount member = fixture.member("Член");
        AsAccount admin = fixture.administrator("Модератор");
        String marker = Profiles.marker();
        String name = "Фонд " + marker;
        SavedRevision published = member.call(() -> profiles.register(Profiles.ngo(name), true));
        long id = published.organizationId();
        admin.run(() -> decisions.approve(published.revisionId()));

        assertThatThrownBy(() -> admin.run(() -> decisions.archive(id, " "))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> member.run(() -> decisions.archive(id, "Сам себя")))
                .isInstanceOf(EJBAccessException.class);
        admin.run(() -> decisions.archive(id, "Организация ликвидирована"));

        assertThat(member.call(() -> profiles.status(id)).state()).isEqualTo(PublicationState.ARCHIVED);
        assertThat(directory.profile(id)).isEmpty();
        assertThat(found(marker)).isEmpty();
        assertThat(mails.to(member.email(), Kind.ORGANIZATION_ARCHIVED))
                .singleElement()
                .satisfies(mail -> assertThat(mail.detail()).isEqualTo("Организация ликвидирована"));
        assertThatThrownBy(() -> admin.run(() -> decisions.archive(id, "Ещё раз")))
                .isInstanceOf(AlreadyDecidedException.class);

        ProfileForm again = member.call(() -> profiles.editForm(id));
        SavedRevision resubmitted = member.call(() -> profiles.save(id, again, true));
        admin.run(() -> decisions.approve(resubmitted.revisionId()));

        assertThat(found(marker)).containsExactly(name);
    }

    @Test
    void aDecidedRevisionCannotBeDecidedAgain() {
        AsAccount member = fixture.member("Член");
        AsAccount admin = fixture.administrator("Модератор");
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo("Фонд " + Profiles.marker()), true));
        admin.run(() -> decisions.approve(pending.revisionId()));

        assertThatThrownBy(() -> admin.run(() -> decisions.approve(pending.revisionId())))
                .isInstanceOf(AlreadyDecidedException.class);
        assertThatThrownBy(() -> admin.run(() -> decisions.reject(pending.revisionId(), "Поздно")))
                .isInstanceOf(AlreadyDecidedException.class);
        assertThat(revisions(member, pending.organizationId())).singleElement().satisfies(revision -> {
            assertThat(revision.state()).isEqualTo(RevisionState.PUBLISHED);
            assertThat(revision.reason()).isNull();
        });
        assertThat(mails.to(member.email(), Kind.REVISION_PUBLISHED)).hasSize(1);
        assertThat(mails.to(member.email(), Kind.REVISION_REJECTED)).isEmpty();
    }

    @Test
    void ofTwoModeratorsApprovingAtOnceExactlyOneDoes() throws Exception {
        AsAccount member = fixture.member("Член");
        AsAccount first = fixture.administrator("Первый модератор");
        AsAccount second = fixture.administrator("Второй модератор");
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo("Фонд " + Profiles.marker()), true));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (AsAccount moderator : List.of(first, second)) {
                outcomes.add(threads.submit(approvalAt(start, moderator, pending.revisionId())));
            }
            start.countDown();

            List<Boolean> approved = new ArrayList<>();
            for (Future<Boolean> outcome : outcomes) {
                approved.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(approved).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdownNow();
        }
        assertThat(revisions(member, pending.organizationId()))
                .singleElement()
                .satisfies(revision -> assertThat(revision.state()).isEqualTo(RevisionState.PUBLISHED));
        assertThat(mails.to(member.email(), Kind.REVISION_PUBLISHED)).hasSize(1);
    }

    @Test
    void aWithdrawnSubmissionLeavesTheQueueAndCannotBeApproved() {
        AsAccount member = fixture.member("Передумавший");
        AsAccount admin = fixture.administrator("Модератор");
        String name = "Фонд " + Profiles.marker();
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo(name), true));
        assertThat(waiting(admin, name)).containsExactly(pending.revisionId());

        SavedRevision withdrawn = member.call(() -> profiles.withdraw(pending.organizationId()));

        assertThat(withdrawn.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(waiting(admin, name)).isEmpty();
        assertThatThrownBy(() -> admin.run(() -> decisions.approve(pending.revisionId())))
                .isInstanceOf(AlreadyDecidedException.class);
        assertThatThrownBy(() -> member.call(() -> profiles.withdraw(pending.organizationId())))
                .isInstanceOf(AlreadyDecidedException.class);
    }

    @Test
    void moderatorsDecideOnlyInTheirMunicipalitiesAndMembersNowhere() {
        AsAccount member = fixture.member("Член");
        AsAccount unassigned = fixture.account("Модератор без муниципалитетов", AccountRole.MODERATOR);
        AsAccount elsewhere = fixture.moderatorOf("Модератор Юрги", "yurginsky-go");
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", "kemerovsky-go");
        String name = "Фонд " + Profiles.marker();
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo(name), true));

        assertThatThrownBy(() -> member.run(() -> decisions.approve(pending.revisionId())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> member.call(() -> moderation.queue(QueueFilter.everything())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> decisions.approve(pending.revisionId())).isInstanceOf(EJBAccessException.class);
        for (AsAccount outsider : List.of(unassigned, elsewhere)) {
            assertThatThrownBy(() -> outsider.run(() -> decisions.approve(pending.revisionId())))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> outsider.run(() -> decisions.reject(pending.revisionId(), "Нет")))
                    .isInstanceOf(NotPermittedException.class);
            assertThat(waiting(outsider, name)).isEmpty();
        }
        assertThat(member.call(() -> profiles.status(pending.organizationId())).latestState())
                .isEqualTo(RevisionState.PENDING);

        assertThat(waiting(kemerovo, name)).containsExactly(pending.revisionId());
        kemerovo.run(() -> decisions.approve(pending.revisionId()));
        assertThat(member.call(() -> profiles.status(pending.organizationId())).state())
                .isEqualTo(PublicationState.PUBLISHED);
        assertThatThrownBy(() -> elsewhere.run(() -> decisions.archive(pending.organizationId(), "Чужой")))
                .isInstanceOf(NotPermittedException.class);
    }

    private Callable<Boolean> approvalAt(CountDownLatch start, AsAccount moderator, long revisionId) {
        return () -> {
            start.await();
            try {
                moderator.run(() -> decisions.approve(revisionId));
                return true;
            } catch (AlreadyDecidedException e) {
                return false;
            }
        };
    }

    /** The revisions of the named organizations that wait in the moderator's queue. */
    private List<Long> waiting(AsAccount moderator, String name) {
        return moderator.call(() -> moderation.queue(QueueFilter.titled(name))).rows().stream()
                .filter(row -> row.kind().equals("profile"))
                .map(QueueRow::subjectId)
                .toList();
    }

    private List<RevisionSummary> revisions(AsAccount member, long organizationId) {
        return member.call(() -> profiles.history(organizationId));
    }

    private List<String> found(String marker) {
        return directory
                .search(new DirectoryQuery(null, null, null, null, marker, null, 1, 20))
                .organizations()
                .stream()
                .map(OrganizationCard::fullName)
                .toList();
    }
}
