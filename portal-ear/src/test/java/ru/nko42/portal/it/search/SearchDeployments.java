package ru.nko42.portal.it.search;

import java.io.File;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;
import ru.nko42.portal.services.boundary.ServiceListingChanged;
import ru.nko42.portal.services.control.IndexedServices;
import ru.nko42.portal.services.control.ServiceOpenings;

/**
 * The WAR of the search's service tests: the search with its index (in a folder of its own, named after the WAR),
 * the schedules, what turns a listing into an indexed service, the fixture, and acting as an account.
 */
final class SearchDeployments {

    private SearchDeployments() {}

    static WebArchive searchWar(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        "ru.nko42.portal.search",
                        "ru.nko42.portal.schedule",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.common")
                .addClasses(
                        IndexedServices.class,
                        ServiceOpenings.class,
                        ServiceListingChanged.class,
                        OrganizationListingChanged.class,
                        SearchFixture.class,
                        SearchFixture.Spec.class,
                        AsAccount.class)
                .addAsResource("ru/nko42/portal/search/control/synonyms-ru.txt")
                .addAsWebInfResource(
                        new File("src/test/resources/jboss-deployment-structure-search.xml"),
                        "jboss-deployment-structure.xml")
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><security-domain>other</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return war;
    }
}
