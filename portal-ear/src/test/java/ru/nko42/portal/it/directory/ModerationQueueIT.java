package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.ClaimService;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested.Kind;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RepresentativeService;
import ru.nko42.portal.directory.boundary.RepresentativeView;
import ru.nko42.portal.directory.boundary.RevisionComparison;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.moderation.Decision;
import ru.nko42.portal.model.moderation.ItemState;
import ru.nko42.portal.moderation.boundary.BulkOutcome;
import ru.nko42.portal.moderation.boundary.ItemClaimedException;
import ru.nko42.portal.moderation.boundary.ItemDecidedException;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;
import ru.nko42.portal.moderation.boundary.QueueItem;
import ru.nko42.portal.moderation.boundary.QueueRow;

/**
 * The moderation queue against MariaDB: what enters it and leaves it, who sees what, claims and their expiry,
 * decisions (one wins of two at once, and the loser learns who decided and how), requests for changes, bulk
 * approval, unpublishing, and the audit rows each action leaves.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationQueueIT {

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("moderation-queue-it");
    }

    @Inject
    ModerationService moderation;

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    ClaimService claims;

    @Inject
    RepresentativeService representatives;

    @Inject
    DirectorySearchService directory;

    @Inject
    AuditQueryService audit;

    @Inject
    DirectoryMailCatcher mails;

    @EJB
    DirectoryFixture fixture;

    @Test
    void aModeratorSeesAndDecidesOnlyTheItemsOfTheirMunicipalities() {
        AsAccount member = fixture.member("Член");
        AsAccount kemerovo = fixture.moderatorOf("Модератор Кемерова", "kemerovsky-go");
        AsAccount yurga = fixture.moderatorOf("Модератор Юрги", "yurginsky-go");
        String marker = Profiles.marker();
        SavedRevision inKemerovo = member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        ProfileForm elsewhere = Profiles.ngo("Союз " + marker);
        elsewhere.setMunicipality("yurginsky-go");
        SavedRevision inYurga = member.call(() -> profiles.register(elsewhere, true));

        assertThat(titles(kemerovo, marker)).containsExactly("Фонд " + marker);
        assertThat(titles(yurga, marker)).containsExactly("Союз " + marker);
        long kemerovoItem = itemOf(kemerovo, marker);
        assertThat(kemerovo.call(() -> moderation.waiting())).isPositive();
        for (Runnable refused : List.<Runnable>of(
                () -> yurga.call(() -> moderation.item(kemerovoItem)),
                () -> yurga.call(() -> moderation.claim(kemerovoItem)),
                () -> yurga.call(() -> moderation.decide(kemerovoItem, Decision.APPROVED, null)),
                () -> yurga.call(() -> decisions.compare(inKemerovo.revisionId(), java.util.Locale.ROOT)))) {
            assertThatThrownBy(refused::run).isInstanceOf(NotPermittedException.class);
        }
        assertThat(yurga.call(() -> moderation.queue(new QueueFilter(null, "kemerovsky-go", 0, marker, 1)))
                        .rows())
                .isEmpty();

        kemerovo.call(() -> moderation.decide(kemerovoItem, Decision.APPROVED, null));

        assertThat(member.call(() -> profiles.status(inKemerovo.organizationId()))
                        .state())
                .isEqualTo(PublicationState.PUBLISHED);
        assertThat(member.call(() -> profiles.status(inYurga.organizationId())).latestState())
                .isEqualTo(RevisionState.PENDING);
        assertThat(titles(kemerovo, marker)).isEmpty();
    }

    @Test
    void theQueueFiltersByKindMunicipalityAndAgeOldestFirst() {
        AsAccount member = fixture.member("Член");
        AsAccount admin = fixture.administrator("Администратор");
        String marker = Profiles.marker();
        member.call(() -> profiles.register(Profiles.ngo("Новый фонд " + marker), true));
        ProfileForm old = Profiles.ngo("Давний фонд " + marker);
        old.setMunicipality("yurginsky-go");
        member.call(() -> profiles.register(old, true));
        long oldItem = admin.call(() -> moderation.queue(QueueFilter.titled("Давний фонд " + marker)))
                .rows()
                .get(0)
                .id();
        fixture.submittedDaysAgo(oldItem, 8);

        assertThat(titles(admin, marker)).containsExactly("Давний фонд " + marker, "Новый фонд " + marker);
        assertThat(rows(admin, new QueueFilter(null, null, 7, marker, 1)))
                .extracting(QueueRow::title)
                .containsExactly("Давний фонд " + marker);
        assertThat(rows(admin, new QueueFilter(null, "kemerovsky-go", 0, marker, 1)))
                .extracting(QueueRow::title)
                .containsExactly("Новый фонд " + marker);
        assertThat(rows(admin, new QueueFilter("claim", null, 0, marker, 1))).isEmpty();
        assertThat(rows(admin, new QueueFilter("profile", null, 0, marker, 1))).hasSize(2);
        assertThat(admin.call(() -> moderation.queue(QueueFilter.everything())).kinds())
                .contains("profile", "claim");
    }

    @Test
    void aClaimKeepsOthersOffTheItemUntilItIsReleasedOrExpires() {
        AsAccount member = fixture.member("Член");
        AsAccount first = fixture.moderatorOf("Анна Первая", "kemerovsky-go");
        AsAccount second = fixture.moderatorOf("Борис Второй", "kemerovsky-go");
        String marker = Profiles.marker();
        member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        long item = itemOf(first, marker);

        QueueItem claimed = first.call(() -> moderation.claim(item));

        assertThat(claimed.claimedByMe()).isTrue();
        assertThat(claimed.claimedUntil()).isAfter(claimed.submittedAt());
        assertThat(second.call(() -> moderation.item(item)).claimedBy()).isEqualTo("Анна Первая");
        assertThatThrownBy(() -> second.call(() -> moderation.claim(item)))
                .isInstanceOfSatisfying(
                        ItemClaimedException.class,
                        e -> assertThat(e.claimedBy()).isEqualTo("Анна Первая"));
        assertThatThrownBy(() -> second.call(() -> moderation.decide(item, Decision.APPROVED, null)))
                .isInstanceOf(ItemClaimedException.class);
        assertThat(rows(second, QueueFilter.titled(marker)))
                .singleElement()
                .satisfies(row -> assertThat(row.claimedByMe()).isFalse());

        second.call(() -> moderation.release(item));
        assertThat(second.call(() -> moderation.item(item)).claimedBy()).isEqualTo("Анна Первая");
        first.call(() -> moderation.release(item));
        assertThat(second.call(() -> moderation.item(item)).claimedBy()).isNull();

        first.call(() -> moderation.claim(item));
        fixture.expireClaim(item);
        assertThat(second.call(() -> moderation.item(item)).claimedBy()).isNull();
        assertThat(second.call(() -> moderation.claim(item)).claimedByMe()).isTrue();
        assertThatThrownBy(() -> first.call(() -> moderation.decide(item, Decision.APPROVED, null)))
                .isInstanceOf(ItemClaimedException.class);
        second.call(() -> moderation.decide(item, Decision.APPROVED, null));

        assertThat(history(item))
                .extracting(AuditRow::action)
                .containsExactly(
                        "moderation.decide",
                        "moderation.claim",
                        "moderation.claim",
                        "moderation.release",
                        "moderation.claim");
    }

    @Test
    void ofTwoDecisionsAtOnceOneIsTakenAndTheOtherLearnsWhoDecidedAndHow() throws Exception {
        AsAccount member = fixture.member("Член");
        AsAccount approver = fixture.moderatorOf("Вера Одобряющая", "kemerovsky-go");
        AsAccount rejecter = fixture.moderatorOf("Глеб Отклоняющий", "kemerovsky-go");
        String marker = Profiles.marker();
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        long item = itemOf(approver, marker);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<RuntimeException>> outcomes = new ArrayList<>();
        try {
            outcomes.add(threads.submit(decisionAt(start, approver, item, Decision.APPROVED, null)));
            outcomes.add(threads.submit(decisionAt(start, rejecter, item, Decision.REJECTED, "Нет устава")));
            start.countDown();
            List<RuntimeException> failures = new ArrayList<>();
            for (Future<RuntimeException> outcome : outcomes) {
                failures.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(failures).containsOnlyOnce((RuntimeException) null);
            ItemDecidedException lost = failures.stream()
                    .filter(ItemDecidedException.class::isInstance)
                    .map(ItemDecidedException.class::cast)
                    .findFirst()
                    .orElseThrow();
            QueueItem decided = approver.call(() -> moderation.item(item));
            assertThat(decided.state()).isEqualTo(ItemState.DECIDED);
            assertThat(lost.decidedBy()).isEqualTo(decided.decidedBy());
            assertThat(lost.decision()).isEqualTo(decided.decision());
            RevisionState expected =
                    decided.decision() == Decision.APPROVED ? RevisionState.PUBLISHED : RevisionState.REJECTED;
            assertThat(member.call(() -> profiles.status(pending.organizationId()))
                            .latestState())
                    .isEqualTo(expected);
            assertThat(mails.to(member.email(), Kind.REVISION_PUBLISHED).size()
                            + mails.to(member.email(), Kind.REVISION_REJECTED).size())
                    .isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRequestForChangesSendsTheRevisionBackToBeEditedAndSubmittedAgain() {
        AsAccount member = fixture.member("Член");
        AsAccount moderator = fixture.moderatorOf("Модератор", "kemerovsky-go");
        String marker = Profiles.marker();
        SavedRevision pending = member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        long item = itemOf(moderator, marker);

        assertThatThrownBy(() -> moderator.call(() -> moderation.decide(item, Decision.CHANGES_REQUESTED, "  ")))
                .isInstanceOf(InvalidInputException.class);
        moderator.call(() -> moderation.decide(item, Decision.CHANGES_REQUESTED, "Добавьте адрес"));

        assertThat(member.call(() -> profiles.status(pending.organizationId()))).satisfies(status -> {
            assertThat(status.latestState()).isEqualTo(RevisionState.CHANGES_REQUESTED);
            assertThat(status.latestReason()).isEqualTo("Добавьте адрес");
        });
        assertThat(mails.to(member.email(), Kind.REVISION_CHANGES_REQUESTED))
                .singleElement()
                .satisfies(mail -> assertThat(mail.detail()).isEqualTo("Добавьте адрес"));
        assertThat(titles(moderator, marker)).isEmpty();

        ProfileForm fixed = member.call(() -> profiles.editForm(pending.organizationId()));
        fixed.getDetails().setPostalAddress("650000, Кемерово, ул. Весенняя, 5");
        SavedRevision resubmitted = member.call(() -> profiles.save(pending.organizationId(), fixed, true));

        assertThat(resubmitted.revisionId()).isEqualTo(pending.revisionId());
        long again = itemOf(moderator, marker);
        assertThat(again).isNotEqualTo(item);
        RevisionComparison comparison =
                moderator.call(() -> decisions.compare(resubmitted.revisionId(), java.util.Locale.ROOT));
        assertThat(comparison.firstPublication()).isTrue();
        moderator.call(() -> moderation.decide(again, Decision.APPROVED, null));
        assertThat(member.call(() -> profiles.status(pending.organizationId())).state())
                .isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void theItemPageShowsTheChangedFieldsOfAnEdit() {
        AsAccount member = fixture.member("Член");
        AsAccount moderator = fixture.moderatorOf("Модератор", "kemerovsky-go");
        String marker = Profiles.marker();
        SavedRevision first = member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        moderator.call(() -> moderation.decide(itemOf(moderator, marker), Decision.APPROVED, null));
        ProfileForm edit = member.call(() -> profiles.editForm(first.organizationId()));
        edit.getDetails().setPhone("+7 3842 00-00-00");
        edit.getDetails().setDescription("Новое описание");
        SavedRevision second = member.call(() -> profiles.save(first.organizationId(), edit, true));

        RevisionComparison comparison =
                moderator.call(() -> decisions.compare(second.revisionId(), java.util.Locale.ROOT));

        assertThat(comparison.firstPublication()).isFalse();
        assertThat(comparison.fields())
                .filteredOn(RevisionComparison.Field::changed)
                .extracting(RevisionComparison.Field::labelKey, RevisionComparison.Field::pending)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("profile.phone", "+7 3842 00-00-00"),
                        org.assertj.core.groups.Tuple.tuple("profile.description", "Новое описание"));
        assertThat(comparison.fields())
                .filteredOn(field -> field.labelKey().equals("profile.fullName"))
                .singleElement()
                .satisfies(field -> assertThat(field.base()).isEqualTo(field.pending()));
    }

    @Test
    void bulkApprovalApprovesWhatItCanAndSaysWhatItCouldNot() {
        AsAccount member = fixture.member("Член");
        AsAccount moderator = fixture.moderatorOf("Модератор", "kemerovsky-go");
        AsAccount colleague = fixture.moderatorOf("Коллега", "kemerovsky-go");
        String marker = Profiles.marker();
        for (String name : List.of("Альфа ", "Бета ", "Гамма ")) {
            member.call(() -> profiles.register(Profiles.ngo(name + marker), true));
        }
        List<Long> items = rows(moderator, QueueFilter.titled(marker)).stream()
                .map(QueueRow::id)
                .toList();
        colleague.call(() -> moderation.claim(items.get(2)));

        BulkOutcome outcome = moderator.call(() -> moderation.approveAll(items));

        assertThat(outcome.approved()).isEqualTo(2);
        assertThat(outcome.refused()).singleElement().satisfies(refusal -> {
            assertThat(refusal.itemId()).isEqualTo(items.get(2));
            assertThat(refusal.messageKey()).isEqualTo("moderation.error.claimedBy");
        });
        assertThat(titles(moderator, marker)).containsExactly("Гамма " + marker);
    }

    @Test
    void aClaimWaitsInTheQueueAndAModeratorMakesTheClaimantARepresentative() {
        AsAccount owner = fixture.member("Владелица");
        AsAccount claimant = fixture.member("Заявитель");
        AsAccount moderator = fixture.moderatorOf("Модератор", "kemerovsky-go");
        String marker = Profiles.marker();
        SavedRevision registered = owner.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        long id = registered.organizationId();
        moderator.call(() -> moderation.decide(itemOf(moderator, marker), Decision.APPROVED, null));

        claimant.run(() -> claims.claim(id, "Я председатель правления"));

        QueueRow claim =
                rows(moderator, new QueueFilter("claim", null, 0, marker, 1)).get(0);
        assertThat(claimant.call(() -> claims.mine()))
                .singleElement()
                .satisfies(view -> assertThat(view.id()).isEqualTo(claim.subjectId()));
        assertThat(moderator.call(() -> claims.forModerator(claim.subjectId())).message())
                .isEqualTo("Я председатель правления");
        assertThatThrownBy(() -> moderator.call(() -> moderation.decide(claim.id(), Decision.CHANGES_REQUESTED, "?")))
                .isInstanceOf(InvalidInputException.class);

        moderator.call(() -> moderation.decide(claim.id(), Decision.APPROVED, null));

        assertThat(owner.call(() -> representatives.representatives(id)))
                .extracting(RepresentativeView::email)
                .contains(claimant.email());
        assertThat(mails.to(claimant.email(), Kind.CLAIM_ACCEPTED)).hasSize(1);
        assertThatThrownBy(() -> owner.run(() -> claims.decide(claim.subjectId(), false, "Поздно")))
                .isInstanceOfSatisfying(
                        ItemDecidedException.class,
                        e -> assertThat(e.decidedBy()).isEqualTo("Модератор"));
    }

    @Test
    void anUnpublishedOrganizationLeavesTheDirectoryUntilItsNextApproval() {
        AsAccount member = fixture.member("Член");
        AsAccount moderator = fixture.moderatorOf("Модератор", "kemerovsky-go");
        String marker = Profiles.marker();
        SavedRevision registered = member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        long id = registered.organizationId();
        moderator.call(() -> moderation.decide(itemOf(moderator, marker), Decision.APPROVED, null));
        assertThat(directory.profile(id)).isPresent();

        moderator.run(() -> decisions.withdrawFromDirectory(id, PublicationState.UNPUBLISHED, "Телефон не отвечает"));

        assertThat(directory.profile(id)).isEmpty();
        assertThat(moderator.call(() -> decisions.organization(id)).state()).isEqualTo(PublicationState.UNPUBLISHED);
        assertThat(mails.to(member.email(), Kind.ORGANIZATION_UNPUBLISHED))
                .singleElement()
                .satisfies(mail -> assertThat(mail.detail()).isEqualTo("Телефон не отвечает"));
        assertThat(moderator.call(() -> decisions.history(id)))
                .extracting(AuditRow::action)
                .startsWith("organization.unpublish", "organization.revision.approve");

        ProfileForm again = member.call(() -> profiles.editForm(id));
        member.call(() -> profiles.save(id, again, true));
        assertThat(moderator.call(() -> decisions.organization(id)).pendingItemId())
                .isNotNull();
        moderator.call(() -> moderation.decide(itemOf(moderator, marker), Decision.APPROVED, null));
        assertThat(directory.profile(id)).isPresent();
    }

    private Callable<RuntimeException> decisionAt(
            CountDownLatch start, AsAccount moderator, long item, Decision decision, String reason) {
        return () -> {
            start.await();
            try {
                moderator.call(() -> moderation.decide(item, decision, reason));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        };
    }

    private List<AuditRow> history(long item) {
        return fixture.administrator("Аудитор").call(() -> audit.history(AuditItem.MODERATION_ITEM, item));
    }

    private List<QueueRow> rows(AsAccount moderator, QueueFilter filter) {
        return moderator.call(() -> moderation.queue(filter)).rows();
    }

    private List<String> titles(AsAccount moderator, String marker) {
        return rows(moderator, QueueFilter.titled(marker)).stream()
                .map(QueueRow::title)
                .toList();
    }

    private long itemOf(AsAccount moderator, String marker) {
        return rows(moderator, QueueFilter.titled(marker)).get(0).id();
    }
}
