package ru.nko42.portal.it.support;

import java.io.File;
import java.util.Arrays;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the integration tests deploy: the real EAR, or a small WAR around the classes under test. */
public final class Deployments {

    private static final File EAR = new File(System.getProperty("portal.ear", "target/portal.ear"));
    private static final File EAR_LIB = new File("target/portal/lib");

    private Deployments() {}

    /**
     * The portal exactly as it ships: the provisioned server deploys it from its deployments folder at boot, so
     * the tests declare it unmanaged and Arquillian neither deploys nor removes it.
     */
    public static EnterpriseArchive portalEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, EAR);
    }

    /**
     * A WAR with the persistence unit, the migrations and the third-party libraries of the EAR's lib/ (EclipseLink,
     * Flyway); the test adds the classes it exercises.
     */
    public static WebArchive persistenceWar(String name) {
        File[] libraries = EAR_LIB.listFiles((dir, file) -> !file.startsWith("portal-"));
        if (libraries == null || libraries.length == 0) {
            throw new IllegalStateException("Build the EAR first: no libraries in " + EAR_LIB.getAbsolutePath());
        }
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "ru.nko42.portal.model")
                .addPackages(true, "ru.nko42.portal.database")
                .addAsResource(
                        new File("../portal-ejb/src/main/resources/META-INF/persistence.xml"),
                        "META-INF/persistence.xml")
                .addAsWebInfResource(
                        new File("src/test/resources/jboss-deployment-structure.xml"), "jboss-deployment-structure.xml")
                .addAsLibraries(libraries)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        Arrays.stream(new File("../portal-ejb/src/main/resources/db/migration").listFiles())
                .forEach(sql -> war.addAsResource(sql, "db/migration/" + sql.getName()));
        return war;
    }

    /** A WAR with AssertJ and nothing else: for classes that need neither the database nor the EAR's libraries. */
    public static WebArchive plainWar(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
