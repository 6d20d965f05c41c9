package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.InvalidProfileException;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileChangedException;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RepresentativeService;
import ru.nko42.portal.directory.boundary.RepresentativeView;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.moderation.boundary.ModerationService;
import ru.nko42.portal.moderation.boundary.QueueFilter;

/**
 * A representative's side of a profile against MariaDB: registering, saving and submitting, who may touch whose
 * profile, two people editing at once, and what the server refuses whatever the page did.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationProfileServiceIT {

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("organization-profile-it");
    }

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    ModerationService moderation;

    @Inject
    RepresentativeService representatives;

    @Inject
    DirectorySearchService directory;

    @EJB
    DirectoryFixture fixture;

    @Test
    void aRegisteredOrganizationIsADraftRevisionOneRepresentedByItsRegistrant() {
        AsAccount member = fixture.member("Ирина Петрова");
        ProfileForm form = Profiles.ngo("АНО «Забота» " + Profiles.marker());

        SavedRevision saved = member.call(() -> profiles.register(form, false));

        assertThat(saved.state()).isEqualTo(RevisionState.DRAFT);
        assertThat(member.call(() -> profiles.history(saved.organizationId())))
                .singleElement()
                .satisfies(revision -> {
                    assertThat(revision.number()).isEqualTo(1);
                    assertThat(revision.state()).isEqualTo(RevisionState.DRAFT);
                    assertThat(revision.authorName()).isEqualTo("Ирина Петрова");
                });
        assertThat(member.call(() -> profiles.mine())).singleElement().satisfies(mine -> {
            assertThat(mine.id()).isEqualTo(saved.organizationId());
            assertThat(mine.name()).isEqualTo(form.getDetails().getFullName());
            assertThat(mine.state()).isEqualTo(PublicationState.DRAFT);
            assertThat(mine.latestState()).isEqualTo(RevisionState.DRAFT);
        });
        assertThat(member.call(() -> representatives.representatives(saved.organizationId())))
                .extracting(RepresentativeView::email)
                .containsExactly(member.email());
        assertThat(directory.profile(saved.organizationId())).isEmpty();
    }

    @Test
    void registeringWithSubmitSendsTheFirstRevisionToModeration() {
        AsAccount member = fixture.member("Олег");
        AsAccount admin = fixture.administrator("Модератор");

        String name = "Фонд " + Profiles.marker();
        SavedRevision saved = member.call(() -> profiles.register(Profiles.ngo(name), true));

        assertThat(saved.state()).isEqualTo(RevisionState.PENDING);
        assertThat(member.call(() -> profiles.status(saved.organizationId())).latestState())
                .isEqualTo(RevisionState.PENDING);
        assertThat(admin.call(() -> moderation.queue(QueueFilter.titled(name))).rows())
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo("profile");
                    assertThat(item.subjectId()).isEqualTo(saved.revisionId());
                });
        assertThat(admin.call(() -> decisions.compare(saved.revisionId(), Locale.ROOT))
                        .firstPublication())
                .isTrue();
        assertThat(directory.profile(saved.organizationId())).isEmpty();
    }

    @Test
    void theSameFormSentTwiceRegistersOneOrganization() throws Exception {
        AsAccount member = fixture.member("Нетерпеливый");
        ProfileForm form = Profiles.ngo("АНО «Двойной клик» " + Profiles.marker());

        SavedRevision first = member.call(() -> profiles.register(form, false));
        SavedRevision second = member.call(() -> profiles.register(form, false));

        assertThat(second.organizationId()).isEqualTo(first.organizationId());
        assertThat(second.revisionId()).isEqualTo(first.revisionId());
        assertThat(fixture.organizationsWithInn(form.getDetails().getInn())).isEqualTo(1);
        assertThat(member.call(() -> profiles.mine())).hasSize(1);
    }

    @Test
    void onlyLoggedInAccountsMayKeepProfiles() {
        ProfileForm form = Profiles.ngo("АНО «Аноним» " + Profiles.marker());

        assertThatThrownBy(() -> profiles.register(form, false)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> profiles.mine()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> AsAccount.of("nobody-" + Profiles.marker() + "@example.org")
                        .call(() -> profiles.mine()))
                .isInstanceOf(EJBAccessException.class);
        assertThat(countNamed(form)).isZero();
    }

    @Test
    void anotherMemberCannotReadOrChangeSomeoneElsesProfile() throws Exception {
        AsAccount owner = fixture.member("Владелец");
        AsAccount stranger = fixture.member("Посторонний");
        String name = "АНО «Чужая» " + Profiles.marker();
        SavedRevision saved = owner.call(() -> profiles.register(Profiles.ngo(name), false));
        long id = saved.organizationId();
        ProfileForm form = owner.call(() -> profiles.editForm(id));
        form.getDetails().setFullName("Захвачено " + Profiles.marker());

        assertThatThrownBy(() -> stranger.call(() -> profiles.editForm(id))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> profiles.save(id, form, false)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> profiles.save(id, form, true)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> profiles.history(id))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> profiles.status(id))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> profiles.withdraw(id))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> representatives.representatives(id)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.run(() -> representatives.invite(id, stranger.email())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> stranger.call(() -> profiles.editForm(Long.MAX_VALUE)))
                .as("an unknown organization looks the same as someone else's")
                .isInstanceOf(NotPermittedException.class);

        assertThat(stranger.call(() -> profiles.mine())).isEmpty();
        assertThat(fixture.revisionFullName(saved.revisionId())).isEqualTo(name);
    }

    @Test
    void anAdministratorMayEditAnyProfile() throws Exception {
        AsAccount owner = fixture.member("Владелец");
        AsAccount admin = fixture.administrator("Администратор");
        SavedRevision saved = owner.call(() -> profiles.register(Profiles.ngo("Фонд " + Profiles.marker()), false));
        ProfileForm form = admin.call(() -> profiles.editForm(saved.organizationId()));
        String corrected = "Фонд «Исправлено администратором» " + Profiles.marker();
        form.getDetails().setFullName(corrected);

        SavedRevision after = admin.call(() -> profiles.save(saved.organizationId(), form, false));

        assertThat(after.revisionId()).isEqualTo(saved.revisionId());
        assertThat(fixture.revisionFullName(saved.revisionId())).isEqualTo(corrected);
    }

    @Test
    void ofTwoRepresentativesEditingAtOnceTheSecondIsToldAndNothingIsLost() throws Exception {
        AsAccount first = fixture.member("Анна Первая");
        AsAccount second = fixture.member("Борис Второй");
        String original = "АНО «Исходное» " + Profiles.marker();
        SavedRevision saved = first.call(() -> profiles.register(Profiles.ngo(original), false));
        long id = saved.organizationId();
        fixture.addRepresentative(id, second.email());
        ProfileForm hers = first.call(() -> profiles.editForm(id));
        ProfileForm his = second.call(() -> profiles.editForm(id));
        String herName = "АНО «Её правка» " + Profiles.marker();
        hers.getDetails().setFullName(herName);
        his.getDetails().setFullName("АНО «Его правка» " + Profiles.marker());

        SavedRevision herSave = first.call(() -> profiles.save(id, hers, false));

        assertThatThrownBy(() -> second.call(() -> profiles.save(id, his, false)))
                .isInstanceOfSatisfying(ProfileChangedException.class, e -> {
                    assertThat(e.currentRevisionId()).isEqualTo(herSave.revisionId());
                    assertThat(e.currentVersion()).isEqualTo(herSave.version());
                    assertThat(e.changedBy()).isEqualTo("Анна Первая");
                });
        assertThatThrownBy(() -> second.call(() -> profiles.save(id, his, true)))
                .isInstanceOf(ProfileChangedException.class);
        assertThat(fixture.revisionFullName(saved.revisionId())).isEqualTo(herName);
        assertThat(first.call(() -> profiles.status(id)).latestState()).isEqualTo(RevisionState.DRAFT);

        ProfileForm reopened = second.call(() -> profiles.editForm(id));
        assertThat(reopened.getDetails().getFullName()).isEqualTo(herName);
        reopened.getDetails().setFullName("АНО «Его правка поверх её» " + Profiles.marker());
        second.call(() -> profiles.save(id, reopened, false));
        assertThat(fixture.revisionFullName(saved.revisionId()))
                .isEqualTo(reopened.getDetails().getFullName());
    }

    @Test
    void thePersonWhoSavedMaySaveTheSameFormAgain() throws Exception {
        AsAccount member = fixture.member("Дважды нажавший");
        SavedRevision saved = member.call(() -> profiles.register(Profiles.ngo("Фонд " + Profiles.marker()), false));
        long id = saved.organizationId();
        ProfileForm form = member.call(() -> profiles.editForm(id));
        form.getDetails().setFullName("Фонд «Сохранён дважды» " + Profiles.marker());

        SavedRevision once = member.call(() -> profiles.save(id, form, false));
        SavedRevision twice = member.call(() -> profiles.save(id, form, false));
        SavedRevision submitted = member.call(() -> profiles.save(id, form, true));
        SavedRevision submittedAgain = member.call(() -> profiles.save(id, form, true));

        assertThat(List.of(once, twice, submitted, submittedAgain))
                .extracting(SavedRevision::revisionId)
                .containsOnly(saved.revisionId());
        assertThat(submittedAgain.state()).isEqualTo(RevisionState.PENDING);
        assertThat(member.call(() -> profiles.history(id))).hasSize(1);
        assertThat(fixture.revisionFullName(saved.revisionId()))
                .isEqualTo(form.getDetails().getFullName());
    }

    @Test
    void aPublishedProfileStaysEditableWhenRevisionIdsAreBeyondSmallNumbers() throws Exception {
        fixture.revisionIdsBeyondTheBoxCache();
        AsAccount member = fixture.member("Член");
        AsAccount other = fixture.member("Другой представитель");
        AsAccount admin = fixture.administrator("Модератор");
        SavedRevision published = member.call(() -> profiles.register(Profiles.ngo("Фонд " + Profiles.marker()), true));
        long id = published.organizationId();
        admin.run(() -> decisions.approve(published.revisionId()));
        fixture.addRepresentative(id, other.email());
        assertThat(published.revisionId()).isGreaterThan(127);

        ProfileForm form = member.call(() -> profiles.editForm(id));
        form.getDetails().setDescription("Новое описание.");
        SavedRevision draft = member.call(() -> profiles.save(id, form, false));
        ProfileForm hers = other.call(() -> profiles.editForm(id));
        hers.getDetails().setDescription("Описание второго представителя.");
        SavedRevision sameDraft = other.call(() -> profiles.save(id, hers, false));

        assertThat(draft.revisionId()).isNotEqualTo(published.revisionId());
        assertThat(sameDraft.revisionId()).isEqualTo(draft.revisionId());
    }

    @Test
    void anNgoWithoutInnIsRefusedFieldByField() throws Exception {
        AsAccount member = fixture.member("Член");
        ProfileForm form = Profiles.ngo("АНО «Без ИНН» " + Profiles.marker());
        form.getDetails().setInn("  ");
        form.getDetails().setOgrn(null);
        form.getDetails().setKpp(null);

        assertThatThrownBy(() -> member.call(() -> profiles.register(form, true)))
                .isInstanceOfSatisfying(
                        InvalidProfileException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .contains(
                                        Tuple.tuple("inn", "profile.error.inn.required"),
                                        Tuple.tuple("ogrn", "profile.error.ogrn.required")));
        assertThat(countNamed(form)).isZero();
        assertThat(member.call(() -> profiles.mine())).isEmpty();
    }

    @Test
    void wrongNumbersUnknownCodesAndAPointOutsideKuzbassAreRefused() {
        AsAccount member = fixture.member("Член");
        ProfileForm form = Profiles.ngo("АНО «Ошибки» " + Profiles.marker());
        String inn = form.getDetails().getInn();
        form.getDetails().setInn(inn.substring(0, 9) + (char) ('0' + (inn.charAt(9) - '0' + 1) % 10));
        form.getDetails().setLatitude(55.75);
        form.getDetails().setLongitude(37.62);
        form.setMunicipality("atlantis");
        form.setActivityAreas(List.of("social-support", "' OR 1=1 --"));

        assertThatThrownBy(() -> member.call(() -> profiles.register(form, false)))
                .isInstanceOfSatisfying(
                        InvalidProfileException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .contains("inn", "latitude", "municipality", "activityAreas"));
    }

    @Test
    void markupInTheNameIsStoredAsTypedAndOverlongNamesAreRefused() throws Exception {
        AsAccount member = fixture.member("Член");
        String markup = "<script>alert('x')</script> АНО «Тэги» & " + Profiles.marker();
        SavedRevision saved = member.call(() -> profiles.register(Profiles.ngo("  " + markup + "  "), false));

        assertThat(fixture.revisionFullName(saved.revisionId())).isEqualTo(markup);
        assertThat(member.call(() -> profiles.editForm(saved.organizationId()))
                        .getDetails()
                        .getFullName())
                .isEqualTo(markup);

        ProfileForm tooLong = Profiles.ngo("Ф".repeat(501));
        assertThatThrownBy(() -> member.call(() -> profiles.register(tooLong, false)))
                .isInstanceOfSatisfying(
                        InvalidProfileException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("fullName"));
        assertThat(countNamed(tooLong)).isZero();
        ProfileForm longest = Profiles.ngo("Ф".repeat(490) + Profiles.marker().substring(0, 10));
        SavedRevision accepted = member.call(() -> profiles.register(longest, false));
        assertThat(fixture.revisionFullName(accepted.revisionId())).hasSize(500);
    }

    private long countNamed(ProfileForm form) {
        try {
            return fixture.organizationsNamed(form.getDetails().getFullName());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
