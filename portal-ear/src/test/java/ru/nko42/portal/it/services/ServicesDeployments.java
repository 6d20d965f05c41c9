package ru.nko42.portal.it.services;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;

/**
 * The WAR of the listing service tests: the services, schedule, report, moderation, directory, account, mail and
 * audit packages with their mail bundles, and the helpers of this package. The search index is left out: these
 * tests observe the listing events themselves.
 */
final class ServicesDeployments {

    private static final String[] BUNDLES = {
        "ru/nko42/portal/account/control/AccountMail.properties",
        "ru/nko42/portal/account/control/AccountMail_ru.properties",
        "ru/nko42/portal/account/control/PasswordFeedback.properties",
        "ru/nko42/portal/account/control/PasswordFeedback_ru.properties",
        "ru/nko42/portal/directory/control/DirectoryMail.properties",
        "ru/nko42/portal/directory/control/DirectoryMail_ru.properties",
        "ru/nko42/portal/report/control/ReportMail.properties",
        "ru/nko42/portal/report/control/ReportMail_ru.properties",
        "ru/nko42/portal/services/control/ServiceMail.properties",
        "ru/nko42/portal/services/control/ServiceMail_ru.properties"
    };

    private ServicesDeployments() {}

    static WebArchive servicesWar(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        "ru.nko42.portal.services",
                        "ru.nko42.portal.schedule",
                        "ru.nko42.portal.report",
                        "ru.nko42.portal.directory",
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail",
                        "ru.nko42.portal.audit")
                .addClasses(DirectoryFixture.class, ServiceFixture.class, ListingEvents.class, Listings.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        for (String bundle : BUNDLES) {
            war.addAsResource(bundle);
        }
        return AsAccount.enableIn(war);
    }
}
