package ru.nko42.portal.it.content;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.directory.boundary.PublicProfile;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.it.report.ReportFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;

/**
 * The WAR of the projects' and libraries' tests: the content and events services, and organizations made by
 * ReportFixture.
 */
final class ProjectDeployment {

    private ProjectDeployment() {}

    static WebArchive war(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        "ru.nko42.portal.content",
                        "ru.nko42.portal.events",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                // a partner's link to its profile is made the directory's way
                .addClasses(PublicProfile.class, ReferenceItem.class)
                .addClasses(
                        ReportFixture.class,
                        ReportFixture.StoredReport.class,
                        ReportFixture.AuditRow.class,
                        ReportFixture.Mail.class,
                        ProjectDeployment.class,
                        PortalPages.class)
                .addAsResource("ru/nko42/portal/events/control/EventMail.properties")
                .addAsResource("ru/nko42/portal/events/control/EventMail_ru.properties")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }
}
