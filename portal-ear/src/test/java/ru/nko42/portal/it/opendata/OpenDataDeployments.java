package ru.nko42.portal.it.opendata;

import java.io.File;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.directory.DirectoryFixture;
import ru.nko42.portal.it.services.ServiceFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.opendata.boundary.OpenDataDirectory;

/**
 * The WAR of the import tests: open data with the services, directory, moderation, account, mail and audit packages
 * and their mail bundles, the helpers of this package, and the HSDS examples from {@code ../shared/hsds-3.0} (the
 * system property {@code hsds.dir}) as resources under {@code hsds/} (the CSV data package with a list of
 * its files, {@code csv/files.txt}), where that folder exists: the tests that need them are skipped where it does
 * not.
 */
final class OpenDataDeployments {

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

    private OpenDataDeployments() {}

    static WebArchive importWar(String name) {
        WebArchive war = Deployments.persistenceWar(name)
                .addPackages(
                        true,
                        // the API's directory reads the search index, which this WAR does not bring
                        Filters.exclude(OpenDataDirectory.class),
                        "ru.nko42.portal.opendata",
                        "ru.nko42.portal.services",
                        "ru.nko42.portal.schedule",
                        "ru.nko42.portal.report",
                        "ru.nko42.portal.directory",
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail",
                        "ru.nko42.portal.audit")
                .addClasses(DirectoryFixture.class, ServiceFixture.class, HsdsFiles.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        for (String bundle : BUNDLES) {
            war.addAsResource(bundle);
        }
        File examples = new File(HsdsFiles.hsdsFolder(), "examples");
        File[] files = examples.listFiles((dir, file) -> file.endsWith(".json"));
        if (files != null) {
            for (File file : files) {
                war.addAsResource(file, HsdsFiles.EXAMPLES + file.getName());
            }
        }
        File[] tables = new File(examples, "csv").listFiles(File::isFile);
        if (tables != null) {
            StringBuilder names = new StringBuilder();
            for (File table : tables) {
                war.addAsResource(table, HsdsFiles.EXAMPLES + "csv/" + table.getName());
                names.append(table.getName()).append('\n');
            }
            war.addAsResource(new StringAsset(names.toString()), HsdsFiles.EXAMPLES + "csv/files.txt");
        }
        return AsAccount.enableIn(war);
    }
}
