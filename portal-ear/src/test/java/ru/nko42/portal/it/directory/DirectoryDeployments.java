package ru.nko42.portal.it.directory;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;

/**
 * The WAR of the directory's service tests: the directory, account, mail and common services with their mail
 * bundles, the helpers of this package, and acting as an account ({@link AsAccount}).
 */
final class DirectoryDeployments {

    private static final String[] BUNDLES = {
        "ru/nko42/portal/account/control/AccountMail.properties",
        "ru/nko42/portal/account/control/AccountMail_ru.properties",
        "ru/nko42/portal/account/control/PasswordFeedback.properties",
        "ru/nko42/portal/account/control/PasswordFeedback_ru.properties",
        "ru/nko42/portal/directory/control/DirectoryMail.properties",
        "ru/nko42/portal/directory/control/DirectoryMail_ru.properties"
    };

    private DirectoryDeployments() {}

    static WebArchive servicesWar(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        "ru.nko42.portal.directory",
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail",
                        "ru.nko42.portal.audit")
                // the directory tells the service search about changed profiles (no observer here)
                .addClasses(OrganizationListingChanged.class)
                .addClasses(
                        DirectoryFixture.class,
                        DirectoryMailCatcher.class,
                        Profiles.class,
                        RegistrationNumbers.class,
                        Inbox.class,
                        Inbox.ReceivedMail.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        for (String bundle : BUNDLES) {
            war.addAsResource(bundle);
        }
        return AsAccount.enableIn(war);
    }
}
