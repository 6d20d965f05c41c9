package ru.nko42.portal.it.moderation;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;

/**
 * The WAR of the moderation service tests: the moderation, account, mail, audit and common services with their mail
 * bundles, a kind of item of the tests' own ({@link TestKindModeration}), the fixture, and acting as an account.
 */
final class ModerationDeployments {

    private static final String[] BUNDLES = {
        "ru/nko42/portal/account/control/AccountMail.properties",
        "ru/nko42/portal/account/control/AccountMail_ru.properties",
        "ru/nko42/portal/account/control/PasswordFeedback.properties",
        "ru/nko42/portal/account/control/PasswordFeedback_ru.properties",
        "ru/nko42/portal/moderation/control/ModerationMail.properties",
        "ru/nko42/portal/moderation/control/ModerationMail_ru.properties"
    };

    private ModerationDeployments() {}

    static WebArchive servicesWar(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail",
                        "ru.nko42.portal.audit")
                .addClasses(ModerationFixture.class, TestKindModeration.class, Inbox.class, Inbox.ReceivedMail.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        for (String bundle : BUNDLES) {
            war.addAsResource(bundle);
        }
        return AsAccount.enableIn(war);
    }
}
