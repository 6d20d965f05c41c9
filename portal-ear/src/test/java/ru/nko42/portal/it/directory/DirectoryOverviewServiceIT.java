package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.directory.boundary.DirectoryOverviewService;
import ru.nko42.portal.directory.boundary.DirectorySummary;
import ru.nko42.portal.directory.boundary.MunicipalitySummary;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.directory.PublicationState;

/** The directory's public numbers, against MariaDB migrated by Flyway, through EclipseLink. */
@ExtendWith(ArquillianExtension.class)
class DirectoryOverviewServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.persistenceWar("directory-overview-it")
                .addClasses(DirectoryOverviewService.class, DirectorySummary.class, MunicipalitySummary.class)
                .addClass(OrganizationFixture.class);
    }

    @Inject
    DirectoryOverviewService directory;

    @EJB
    OrganizationFixture fixture;

    @Test
    void theJpaProviderIsEclipseLink() {
        assertThat(fixture.providerFactoryClass()).startsWith("org.eclipse.persistence.");
    }

    @Test
    void theMigrationSeedsThe34MunicipalitiesOfKuzbass() {
        var municipalities = directory.summary().municipalities();

        assertThat(municipalities).hasSize(34);
        MunicipalitySummary novokuznetsk =
                directory.municipality("novokuznetsky-go").orElseThrow();
        assertThat(novokuznetsk.nameRu()).isEqualTo("Новокузнецкий городской округ");
        assertThat(novokuznetsk.name(Locale.ENGLISH)).isEqualTo("Novokuznetsk urban okrug");
        assertThat(novokuznetsk.adminCentre()).isEqualTo("Новокузнецк");
        assertThat(municipalities).extracting(MunicipalitySummary::nameRu).isSorted();
    }

    @Test
    void anUnknownMunicipalityIsEmpty() {
        assertThat(directory.municipality("atlantis")).isEmpty();
        assertThat(directory.municipality("' OR 1=1 --")).isEmpty();
    }

    @Test
    void cyrillicTextIsStoredAndReadBackUnchanged() throws Exception {
        String name = "Автономная некоммерческая организация «Ёлочка» — помощь пожилым №" + System.nanoTime() + " 🤝";

        long id = fixture.create(name, "kemerovsky-go", PublicationState.DRAFT);

        assertThat(fixture.fullNameInDatabase(id)).isEqualTo(name);
        assertThat(fixture.fullNameThroughJpa(id)).isEqualTo(name);
    }

    @Test
    void onlyPublishedOrganizationsAreCounted() {
        long totalBefore = directory.summary().publishedOrganizations();
        long herBefore = directory.municipality("tashtagolsky-mr").orElseThrow().publishedOrganizations();

        fixture.create("ТОС «Шерегеш» " + System.nanoTime(), "tashtagolsky-mr", PublicationState.PUBLISHED);
        fixture.create("ТОС «Черновик» " + System.nanoTime(), "tashtagolsky-mr", PublicationState.DRAFT);
        fixture.create("ТОС «На проверке» " + System.nanoTime(), "tashtagolsky-mr", PublicationState.PENDING);

        assertThat(directory.summary().publishedOrganizations()).isEqualTo(totalBefore + 1);
        assertThat(directory.municipality("tashtagolsky-mr").orElseThrow().publishedOrganizations())
                .isEqualTo(herBefore + 1);
    }
}
