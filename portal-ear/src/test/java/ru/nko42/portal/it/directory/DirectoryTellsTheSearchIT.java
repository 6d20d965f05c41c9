package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.File;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.directory.boundary.OrganizationProfileService;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.boundary.RevisionDecisionService;
import ru.nko42.portal.directory.boundary.SavedRevision;
import ru.nko42.portal.it.search.SearchFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.services.boundary.ServiceListingChanged;
import ru.nko42.portal.services.control.IndexedServices;
import ru.nko42.portal.services.control.ServiceOpenings;

/**
 * The directory tells the service search when an organization's profile is published or leaves the directory: its
 * services leave the search with it and come back when the profile is approved again.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryTellsTheSearchIT {

    @Deployment
    static WebArchive deployment() {
        return DirectoryDeployments.servicesWar("directory-tells-search-it")
                .addPackages(true, "ru.nko42.portal.search", "ru.nko42.portal.schedule")
                .addClasses(
                        IndexedServices.class,
                        ServiceOpenings.class,
                        ServiceListingChanged.class,
                        SearchFixture.class,
                        SearchFixture.Spec.class)
                .addAsResource("ru/nko42/portal/search/control/synonyms-ru.txt")
                .addAsWebInfResource(
                        new File("src/test/resources/jboss-deployment-structure-search.xml"),
                        "jboss-deployment-structure.xml");
    }

    @Inject
    OrganizationProfileService profiles;

    @Inject
    RevisionDecisionService decisions;

    @Inject
    SearchFixture services;

    @EJB
    DirectoryFixture fixture;

    @EJB
    ServiceSearch search;

    @Test
    void anArchivedOrganizationTakesItsServicesOutOfTheSearchAndAnApprovalBringsThemBack() throws Exception {
        for (int i = 0; i < 600 && search.status().rebuilding(); i++) {
            Thread.sleep(100); // the index of this deployment is loaded in the background at its start
        }
        AsAccount member = fixture.member("Член");
        AsAccount admin = fixture.administrator("Модератор");
        String marker = Profiles.marker();
        SavedRevision published = member.call(() -> profiles.register(Profiles.ngo("Фонд " + marker), true));
        long id = published.organizationId();
        admin.run(() -> decisions.approve(published.revisionId()));
        long service = services.publishedFor(
                id, SearchFixture.Spec.of("Горячие обеды", "Обеды для пожилых " + marker, "kemerovsky-go"));
        assertThat(found(marker)).containsExactly(service);

        admin.run(() -> decisions.archive(id, "Организация ликвидирована"));
        assertThat(found(marker)).isEmpty();

        ProfileForm again = member.call(() -> profiles.editForm(id));
        SavedRevision resubmitted = member.call(() -> profiles.save(id, again, true));
        assertThat(found(marker)).as("waiting for moderation").isEmpty();
        admin.run(() -> decisions.approve(resubmitted.revisionId()));

        assertThat(found(marker)).containsExactly(service);
    }

    private List<Long> found(String word) {
        return search.search(SearchRequest.of(word)).hits().stream()
                .map(Hit::id)
                .toList();
    }
}
