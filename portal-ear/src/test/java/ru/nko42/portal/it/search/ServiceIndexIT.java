package ru.nko42.portal.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.store.MMapDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.control.ServiceIndex;
import ru.nko42.portal.search.control.SynonymList;

/**
 * Lucene inside WildFly: the jars the EAR puts in its lib/ (here in a WAR with the EAR's module dependencies) load
 * their codecs and analysis through the deployment's class loader (Lucene finds them with
 * {@link java.util.ServiceLoader}), with no server module in the way; closed index files are unmapped; and an index
 * written, searched, closed and opened again gives the same answer.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceIndexIT {

    private static final File EAR_LIB = new File("target/portal/lib");
    private static final String SEARCH_BEANS =
            ".*/search/(boundary/(ServiceSearch|SiteSearch|SynonymService|ZeroResultLog"
                    + "|BrokenSynonymLineException)|control/(ListingReader|ListingFollower|SynonymStore|ListedService|OpeningRegistry))"
                    + "(\\$.*)?\\.class";
    private static final File EAR_STRUCTURE = new File("src/main/application/META-INF/jboss-deployment-structure.xml");

    @Deployment
    static WebArchive deployment() {
        File[] lucene = EAR_LIB.listFiles((dir, name) -> name.startsWith("org.apache.lucene-"));
        if (lucene == null || lucene.length == 0) {
            throw new IllegalStateException("Build the EAR first: no Lucene in " + EAR_LIB.getAbsolutePath());
        }
        // the EAR's module dependencies, for the WAR's libraries as for the EAR's lib/
        return Deployments.plainWar("search-it")
                .addAsWebInfResource(EAR_STRUCTURE, "jboss-deployment-structure.xml")
                // the index alone: not the beans around it (ServiceSearch and its helpers need the database)
                .addPackages(true, Filters.exclude(SEARCH_BEANS), "ru.nko42.portal.search")
                .addAsResource("ru/nko42/portal/search/control/synonyms-ru.txt")
                .addAsLibraries(lucene);
    }

    @Test
    void luceneRunsFromTheDeploymentWithItsOwnCodec() {
        Codec codec = Codec.getDefault();

        assertThat(codec.getName()).startsWith("Lucene");
        assertThat(Codec.availableCodecs()).contains(codec.getName());
        assertThat(Codec.class.getClassLoader().toString()).contains("deployment.search-it.war");
    }

    @Test
    void luceneUnmapsTheFilesItCloses() {
        assertThat(MMapDirectory.UNMAP_SUPPORTED)
                .as(MMapDirectory.UNMAP_NOT_SUPPORTED_REASON)
                .isTrue();
    }

    @Test
    void indexesSearchesAndReopensAnIndexOnDisk() throws IOException {
        Path directory = Files.createTempDirectory("search-it");
        try {
            SearchRequest request = SearchRequest.of("пенсионерам").with(FacetDimension.MUNICIPALITY, "kemerovsky-go");
            SearchResult before;
            try (ServiceIndex index = ServiceIndex.open(directory, SynonymList.defaults())) {
                index.put(service(1, "Помощь на дому пожилым людям", "kemerovsky-go"));
                index.put(service(2, "Юридическая консультация для пенсионеров", "novokuznetsky-go"));
                index.commit("it");

                before = index.search(request);
                assertThat(before.hits())
                        .singleElement()
                        .satisfies(hit -> assertThat(hit.id()).isEqualTo(1));
                assertThat(before.facet(FacetDimension.MUNICIPALITY).count("novokuznetsky-go"))
                        .isEqualTo(1);
                assertThat(index.suggest("юрид", 5)).containsExactly("Юридическая консультация для пенсионеров");
            }
            try (ServiceIndex index = ServiceIndex.open(directory, SynonymList.defaults())) {
                assertThat(index.needsRebuild()).isFalse();
                assertThat(index.marker()).contains("it");
                assertThat(index.search(request)).isEqualTo(before);
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static IndexedService service(long id, String name, String municipality) {
        return new IndexedService(
                id,
                name,
                "Бесплатно для одиноких граждан старшего возраста.",
                "Центр социального обслуживания",
                "",
                Set.of(municipality),
                Set.of("household"),
                Set.of("home"),
                Set.of("older-people"),
                Set.of("ru"),
                true,
                true,
                List.of(new GeoPoint(55.3547, 86.0873)));
    }
}
