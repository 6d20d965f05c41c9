package ru.nko42.portal.it.content;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;

/** The WAR of the content files' tests: the site's services with what they need, run as accounts. */
final class ContentFileDeployment {

    private ContentFileDeployment() {}

    static WebArchive war(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addClass(ContentFileDeployment.class)
                .addPackages(
                        true,
                        "ru.nko42.portal.content",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }
}
