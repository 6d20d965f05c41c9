package ru.nko42.portal.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.services.control.DemoHours;
import ru.nko42.portal.services.control.DemoServiceWriter;
import ru.nko42.portal.services.control.DemoServicesCsv;

/**
 * The demo services of the embedded default, written to MariaDB as it writes them (their codes exist, their hours
 * survive HSDS), are all found, by word forms, per municipality, and open around the clock only where they say so.
 */
@ExtendWith(ArquillianExtension.class)
class DemoServicesIT {

    @Deployment
    static WebArchive deployment() {
        return SearchDeployments.searchWar("demo-services-it")
                .addClasses(
                        DemoServicesFixture.class,
                        DemoServiceWriter.class,
                        DemoServicesCsv.class,
                        DemoServicesCsv.DemoService.class,
                        DemoHours.class)
                .addAsResource(DemoServicesCsv.RESOURCE);
    }

    @Inject
    DemoServicesFixture fixture;

    @EJB
    ServiceSearch search;

    @Test
    void everyDemoServiceIsPublishedAndFound() throws Exception {
        for (int i = 0; i < 600 && search.status().rebuilding(); i++) {
            Thread.sleep(100); // the index of this deployment is loaded in the background at its start
        }
        String word = "демо" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        List<Long> ids = fixture.publishAll(word);

        SearchResult all = search.search(SearchRequest.of(word).onPage(1, 100));
        assertThat(all.total()).isEqualTo(ids.size());
        assertThat(all.facet(FacetDimension.MUNICIPALITY).values()).hasSizeGreaterThan(10);
        assertThat(names(SearchRequest.of(word + " пенсионерам"), null)).contains("Помощь пожилым людям на дому");
        assertThat(names(SearchRequest.of(word + " юрист").with(FacetDimension.MUNICIPALITY, "kemerovsky-go"), null))
                .contains("Бесплатная юридическая консультация");

        LocalDateTime mondayNight = LocalDateTime.of(2026, 3, 2, 3, 0);
        assertThat(names(SearchRequest.of(word), mondayNight))
                .containsExactlyInAnyOrder(
                        "Ночлежка «Тёплый дом»",
                        "Телефон доверия для людей в кризисе",
                        "Кризисная квартира для мам с детьми",
                        "Помощь погорельцам и пострадавшим от стихийных бедствий",
                        "Приют для людей без жилья");
        assertThat(names(SearchRequest.of(word), mondayNight.withHour(10)))
                .hasSizeGreaterThan(15)
                .doesNotContain("Ночлежка «Тёплый дом»");
    }

    private List<String> names(SearchRequest request, LocalDateTime kuzbassTime) {
        return search
                .search(
                        request.onPage(1, 100),
                        kuzbassTime == null
                                ? null
                                : kuzbassTime.atZone(Schedule.KUZBASS).toInstant())
                .hits()
                .stream()
                .map(Hit::plainName)
                .toList();
    }
}
