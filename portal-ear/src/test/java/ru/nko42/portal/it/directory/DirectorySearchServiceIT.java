package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.directory.boundary.DirectoryPage;
import ru.nko42.portal.directory.boundary.DirectoryQuery;
import ru.nko42.portal.directory.boundary.DirectoryQuery.Sort;
import ru.nko42.portal.directory.boundary.DirectorySearchService;
import ru.nko42.portal.directory.boundary.OrganizationCard;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.PublicProfile;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * The public directory against MariaDB: filters, text search, paging and counts, over published profiles only.
 * Every test names its organizations with a marker of its own and searches within it, so that what other tests
 * publish does not count.
 */
@ExtendWith(ArquillianExtension.class)
class DirectorySearchServiceIT {

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("directory-search-it");
    }

    @Inject
    DirectorySearchService directory;

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @EJB
    DirectoryFixture fixture;

    @Test
    void filtersByKindMunicipalityActivityAreaAndTargetGroup() {
        String marker = Profiles.marker();
        ProfileForm elderly = Profiles.ngo("АНО «Забота о старших» " + marker);
        ProfileForm health = Profiles.ngo("Фонд «Здоровье» " + marker);
        health.setMunicipality("novokuznetsky-go");
        health.setActivityAreas(List.of("health"));
        health.setTargetGroups(List.of("disabilities"));
        ProfileForm neighbours = Profiles.tos("ТОС «Соседи» " + marker);
        long elderlyId = published(elderly);
        long healthId = published(health);
        long neighboursId = published(neighbours);

        assertThat(ids(query(marker))).containsExactlyInAnyOrder(elderlyId, healthId, neighboursId);
        assertThat(ids(query(OrganizationKind.TOS, null, null, null, marker))).containsExactly(neighboursId);
        assertThat(ids(query(OrganizationKind.NGO, null, null, null, marker)))
                .containsExactlyInAnyOrder(elderlyId, healthId);
        assertThat(ids(query(null, "novokuznetsky-go", null, null, marker))).containsExactly(healthId);
        assertThat(ids(query(null, null, "health", null, marker))).containsExactly(healthId);
        assertThat(ids(query(null, null, null, "older-people", marker))).containsExactly(elderlyId);
        assertThat(ids(query(OrganizationKind.TOS, "novokuznetsky-go", null, null, marker)))
                .isEmpty();
        assertThat(ids(query(null, "atlantis", "' OR 1=1 --", null, marker))).isEmpty();
    }

    @Test
    void countsPerMunicipalityIgnoreOnlyTheMunicipalityFilter() {
        String marker = Profiles.marker();
        published(Profiles.ngo("АНО «Раз» " + marker));
        published(Profiles.tos("ТОС «Два» " + marker));
        ProfileForm elsewhere = Profiles.ngo("АНО «Три» " + marker);
        elsewhere.setMunicipality("tashtagolsky-mr");
        published(elsewhere);

        DirectoryPage inKemerovo = directory.search(query(null, "kemerovsky-go", null, null, marker));
        DirectoryPage ngosInKemerovo =
                directory.search(query(OrganizationKind.NGO, "kemerovsky-go", null, null, marker));

        assertThat(inKemerovo.total()).isEqualTo(2);
        assertThat(inKemerovo.byMunicipality()).isEqualTo(Map.of("kemerovsky-go", 2L, "tashtagolsky-mr", 1L));
        assertThat(ngosInKemerovo.total()).isEqualTo(1);
        assertThat(ngosInKemerovo.byMunicipality()).isEqualTo(Map.of("kemerovsky-go", 1L, "tashtagolsky-mr", 1L));
    }

    @Test
    void textFindsPartsOfNamesInAnyCaseAndTheStartOfAnInn() {
        String marker = Profiles.marker();
        ProfileForm form = Profiles.ngo("Автономная некоммерческая организация «Светлый Путь» " + marker);
        form.getDetails().setShortName("АНО «Светлый Путь» " + marker);
        long id = published(form);
        String inn = form.getDetails().getInn();

        assertThat(ids(query("сВЕТЛЫЙ пУТЬ» " + marker.toUpperCase()))).containsExactly(id);
        assertThat(ids(query("некоммерческая организация «светлый путь» " + marker)))
                .containsExactly(id);
        assertThat(ids(query(inn.substring(0, 8)))).contains(id);
        assertThat(ids(query(" " + inn + " "))).containsExactly(id);
        assertThat(ids(query(inn.substring(1)))).doesNotContain(id);
        assertThat(directory.search(query(marker)).organizations())
                .singleElement()
                .satisfies(card -> {
                    assertThat(card.name()).isEqualTo("АНО «Светлый Путь» " + marker);
                    assertThat(card.fullName()).isEqualTo(form.getDetails().getFullName());
                    assertThat(card.municipalityCode()).isEqualTo("kemerovsky-go");
                    assertThat(card.activityAreas())
                            .extracting(ReferenceItem::code)
                            .containsExactly("social-support");
                    assertThat(card.path()).startsWith("/organizations/" + id + "-");
                });
    }

    @Test
    void likeWildcardsInTheTextAreOrdinaryCharacters() {
        String marker = Profiles.marker();
        long percent = published(Profiles.ngo("Фонд «" + marker + "%z»"));
        long letters = published(Profiles.ngo("Фонд «" + marker + "abcz»"));
        long underscore = published(Profiles.ngo("Фонд «" + marker + "_1»"));
        long digit = published(Profiles.ngo("Фонд «" + marker + "21»"));
        long bang = published(Profiles.ngo("Фонд «" + marker + "!x»"));

        assertThat(ids(query(marker))).containsExactlyInAnyOrder(percent, letters, underscore, digit, bang);
        assertThat(ids(query(marker + "%z"))).containsExactly(percent);
        assertThat(ids(query(marker + "_1"))).containsExactly(underscore);
        assertThat(ids(query(marker + "!x"))).containsExactly(bang);
        assertThat(ids(query(marker + "%"))).containsExactly(percent);
    }

    @Test
    void pagesSplitTheMatchesAndTellHowManyThereAre() {
        String marker = Profiles.marker();
        for (String letter : List.of("Д", "Б", "Е", "А", "В")) {
            published(Profiles.ngo(letter + " " + marker));
        }

        DirectoryPage first = directory.search(query(marker, 1, 2));
        DirectoryPage last = directory.search(query(marker, 3, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(names(first)).containsExactly("А " + marker, "Б " + marker);
        assertThat(names(directory.search(query(marker, 2, 2)))).containsExactly("В " + marker, "Д " + marker);
        assertThat(names(last)).containsExactly("Е " + marker);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.total()).isEqualTo(5);
    }

    @Test
    void draftsAndSubmissionsAreNeverShownOnlyWhatWasApproved() {
        String marker = Profiles.marker();
        AsAccount member = fixture.member("Член");
        long draft = member.call(() -> profiles.register(Profiles.ngo("АНО «Черновик» " + marker), false))
                .organizationId();
        long pending = member.call(() -> profiles.register(Profiles.ngo("АНО «На проверке» " + marker), true))
                .organizationId();
        String approvedName = "АНО «Одобрена» " + marker;
        long approved = published(Profiles.ngo(approvedName));
        AsAccount owner = fixture.member("Владелец одобренной");
        fixture.addRepresentative(approved, owner.email());
        ProfileForm edit = owner.call(() -> profiles.editForm(approved));
        edit.getDetails().setFullName("АНО «Неодобренное имя» " + marker);
        edit.getDetails().setDescription("Неодобренное описание");
        owner.call(() -> profiles.save(approved, edit, true));

        assertThat(ids(query(marker))).containsExactly(approved);
        assertThat(ids(query("Неодобренное имя"))).doesNotContain(approved);
        assertThat(ids(query("черновик» " + marker))).isEmpty();
        assertThat(directory.profile(draft)).isEmpty();
        assertThat(directory.profile(pending)).isEmpty();
        assertThat(directory.profile(Long.MAX_VALUE)).isEmpty();
        PublicProfile profile = directory.profile(approved).orElseThrow();
        assertThat(profile.details().getFullName()).isEqualTo(approvedName);
        assertThat(profile.details().getDescription()).startsWith("Помогаем пожилым людям");
        assertThat(profile.municipalityCode()).isEqualTo("kemerovsky-go");
        assertThat(profile.legalForm().code()).isEqualTo("ano");
        assertThat(profile.targetGroups()).extracting(ReferenceItem::code).containsExactly("older-people");
        assertThat(profile.publishedAt()).isNotNull();
    }

    /** Registers and submits the profile as a new member, and approves it as a new administrator. */
    private long published(ProfileForm form) {
        AsAccount member = fixture.member("Представитель");
        AsAccount admin = fixture.administrator("Модератор");
        SavedRevision pending = member.call(() -> profiles.register(form, true));
        admin.run(() -> decisions.approve(pending.revisionId()));
        return pending.organizationId();
    }

    private static DirectoryQuery query(String text) {
        return query(null, null, null, null, text);
    }

    private static DirectoryQuery query(String text, int page, int pageSize) {
        return new DirectoryQuery(null, null, null, null, text, Sort.NAME, page, pageSize);
    }

    private static DirectoryQuery query(
            OrganizationKind kind, String municipality, String activityArea, String targetGroup, String text) {
        return new DirectoryQuery(
                kind, municipality, activityArea, targetGroup, text, Sort.NAME, 1, DirectoryQuery.MAX_PAGE_SIZE);
    }

    private List<Long> ids(DirectoryQuery query) {
        return directory.search(query).organizations().stream()
                .map(OrganizationCard::id)
                .toList();
    }

    private static List<String> names(DirectoryPage page) {
        return page.organizations().stream().map(OrganizationCard::name).toList();
    }
}
