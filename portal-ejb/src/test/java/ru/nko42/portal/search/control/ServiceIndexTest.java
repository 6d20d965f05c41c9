package ru.nko42.portal.search.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.nko42.portal.search.control.ServiceCorpus.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nko42.portal.search.boundary.Facet;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.Hit;
import ru.nko42.portal.search.boundary.IndexedService;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.boundary.SearchRequest.Order;
import ru.nko42.portal.search.boundary.SearchResult;
import ru.nko42.portal.search.boundary.TextRun;

class ServiceIndexTest {

    @TempDir
    Path directory;

    ServiceIndex index;

    @BeforeEach
    void indexTheCorpus() {
        index = ServiceIndex.open(directory, SynonymList.defaults());
        ServiceCorpus.services().forEach(index::put);
        index.commit();
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    // morphology, ё and е

    @ParameterizedTest
    @ValueSource(strings = {"пожилых", "пожилым", "пожилые", "пожилой", "ПОЖИЛОМУ"})
    void findsAnyFormOfAWord(String elderly) {
        assertThat(ids(SearchRequest.of(elderly))).contains(HOME_CARE);
    }

    @Test
    void keepsOnlyTheServicesAmongTheGivenIdsAndCountsFacetsOverThem() {
        SearchRequest request = SearchRequest.of("детей").among(Set.of(REHABILITATION, FOOD, 999_999L));

        assertThat(ids(request)).containsExactly(REHABILITATION);
        assertThat(index.search(request).total()).isEqualTo(1);
        assertThat(ids(SearchRequest.all().among(Set.of()))).isEmpty();
        assertThat(ids(SearchRequest.all().among(Set.of(HOME_CARE, TAXI)).sortedBy(SearchRequest.Order.NAME)))
                .containsExactlyInAnyOrder(HOME_CARE, TAXI);
    }

    @Test
    void findsTheFormsOfRecipients() {
        assertThat(ids(SearchRequest.of("пенсионерам"))).contains(LAWYER);
        assertThat(ids(SearchRequest.of("инвалидам"))).contains(TAXI);
        for (String children : List.of("детям", "дети", "детей")) {
            assertThat(ids(SearchRequest.of(children))).contains(REHABILITATION, NEW_YEAR_TREE, RUSSIAN_COURSES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"елка", "ёлка", "ЕЛКИ", "Ёлке"})
    void readsЁAsЕ(String tree) {
        assertThat(ids(SearchRequest.of(tree))).containsExactly(NEW_YEAR_TREE);
    }

    @Test
    void readsЁAsЕInTheIndexedTextsToo() {
        assertThat(ids(SearchRequest.of("объем"))).containsExactly(FOOD);
        assertThat(ids(SearchRequest.of("объём"))).containsExactly(FOOD);
        assertThat(ids(SearchRequest.of("теплый дом"))).containsExactly(NIGHT_SHELTER);
    }

    @Test
    void needsEveryWordButStopWords() {
        assertThat(ids(SearchRequest.of("реабилитация детей"))).containsExactly(REHABILITATION);
        assertThat(ids(SearchRequest.of("реабилитация для детей и их семей"))).containsExactly(REHABILITATION);
        assertThat(ids(SearchRequest.of("реабилитация пожилых"))).isEmpty();
    }

    @Test
    void aTextOfStopWordsOnlyListsEverything() {
        SearchResult result = index.search(SearchRequest.of("для и на"));

        assertThat(result.total()).isEqualTo(14);
    }

    // synonyms

    @Test
    void findsTheSynonymsOfAWord() {
        assertThat(ids(SearchRequest.of("пенсионер"))).contains(LAWYER, HOME_CARE, SILVER_CLUB);
        assertThat(ids(SearchRequest.of("незрячий"))).containsExactly(LOW_VISION_SCHOOL);
        assertThat(ids(SearchRequest.of("слепым"))).containsExactly(LOW_VISION_SCHOOL);
    }

    @Test
    void findsThePhrasesOfASynonymGroupAndByThem() {
        // "старшего возраста" is only in the club's description
        assertThat(ids(SearchRequest.of("престарелые"))).contains(SILVER_CLUB, HOME_CARE, LAWYER);
        assertThat(ids(SearchRequest.of("старшего возраста"))).contains(HOME_CARE, LAWYER, SILVER_CLUB);
        assertThat(ids(SearchRequest.of("юрист пенсионерам"))).containsExactly(LAWYER);
    }

    @Test
    void usesANewSynonymListAtOnce() {
        index.useSynonyms(SynonymList.none());
        assertThat(ids(SearchRequest.of("незрячий"))).isEmpty();

        index.useSynonyms(SynonymList.parse(List.of("незрячий, слабовидящий")));
        assertThat(ids(SearchRequest.of("незрячий"))).containsExactly(LOW_VISION_SCHOOL);
        assertThat(ids(SearchRequest.of("слепой"))).isEmpty();
    }

    // typos

    @Test
    void forgivesTyposInLongWords() {
        assertThat(ids(SearchRequest.of("реабилитацыя"))).containsExactly(REHABILITATION, TAXI);
        assertThat(ids(SearchRequest.of("реобилетация"))).containsExactly(REHABILITATION, TAXI);
        assertThat(ids(SearchRequest.of("пенсианер"))).containsExactly(LAWYER);
        assertThat(ids(SearchRequest.of("психалог"))).contains(REHABILITATION, CRISIS);
    }

    @Test
    void forgivesNoTypoInShortWords() {
        assertThat(ids(SearchRequest.of("клуб"))).containsExactlyInAnyOrder(SILVER_CLUB, VETERANS);
        assertThat(ids(SearchRequest.of("клув"))).isEmpty();
        assertThat(ids(SearchRequest.of("душ"))).containsExactly(NIGHT_SHELTER);
        assertThat(ids(SearchRequest.of("дуж"))).isEmpty();
    }

    @Test
    void forgivesOneEditOnlyInWordsOfFiveToSevenLetters() {
        assertThat(ids(SearchRequest.of("ночлек"))).containsExactly(NIGHT_SHELTER);
        assertThat(ids(SearchRequest.of("нучлек"))).isEmpty();
    }

    @Test
    void ranksExactMatchesAboveTyposOfAWordInOneListingOnly() {
        // without synonyms, пенсионер is in one listing only: too rare to be sure it is no typo, so it is read as
        // its neighbours too, the listing that has it as typed first
        index.useSynonyms(SynonymList.none());
        List<Long> found = ids(SearchRequest.of("пенсионерам"));

        assertThat(found).contains(LAWYER, PENSION_ADVICE);
        assertThat(found.indexOf(LAWYER)).isLessThan(found.indexOf(PENSION_ADVICE));
    }

    // weights

    @Test
    void ranksTheNameAboveTheDescription() {
        // the rehabilitation service has the word in its name, the taxi in its description
        assertThat(ids(SearchRequest.of("реабилитация"))).containsExactly(REHABILITATION, TAXI);
        assertThat(ids(SearchRequest.of("клуб"))).first().isEqualTo(SILVER_CLUB);
    }

    @Test
    void ranksTheOrganizationAboveTheDescription() {
        // "ветеранов" is in the organization's name and the description of the one, the name of the other
        assertThat(ids(SearchRequest.of("совет"))).containsExactly(VETERANS);
        assertThat(ids(SearchRequest.of("дружбы"))).containsExactly(RUSSIAN_COURSES);
    }

    // filters and facets

    @Test
    void listsEverythingByNameWithoutText() {
        SearchResult result = index.search(SearchRequest.all().onPage(1, 100));

        assertThat(result.total()).isEqualTo(14);
        List<String> names = result.hits().stream().map(Hit::plainName).toList();
        assertThat(names).isSortedAccordingTo((a, b) -> RussianAnalysis.fold(a).compareTo(RussianAnalysis.fold(b)));
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.score()).isZero());
    }

    @Test
    void listsEverythingFilteredWithoutText() {
        assertThat(ids(SearchRequest.all().with(FacetDimension.MUNICIPALITY, BELOVO)))
                .containsExactly(VETERANS, CRISIS);
    }

    @Test
    void combinesFiltersWithAndBetweenDimensionsAndOrWithinOne() {
        SearchRequest request = SearchRequest.all()
                .with(FacetDimension.MUNICIPALITY, KEMEROVO, NOVOKUZNETSK)
                .with(FacetDimension.CATEGORY, "older-people")
                .freeOnly();

        assertThat(ids(request)).containsExactlyInAnyOrder(HOME_CARE, LAWYER);
        assertThat(ids(request.accessibleOnly())).containsExactlyInAnyOrder(HOME_CARE, LAWYER);
        assertThat(ids(request.with(FacetDimension.LANGUAGE, "tg"))).isEmpty();
        assertThat(ids(SearchRequest.all().with(FacetDimension.LANGUAGE, "tg"))).containsExactly(RUSSIAN_COURSES);
        assertThat(ids(SearchRequest.all().with(FacetDimension.CATEGORY, "veterans", "homeless")))
                .containsExactlyInAnyOrder(VETERANS, NIGHT_SHELTER);
        assertThat(ids(SearchRequest.of("помощь").with(FacetDimension.TYPE, "psychological")))
                .containsExactly(CRISIS);
        assertThat(ids(SearchRequest.all().with(FacetDimension.FORM, "residential")))
                .containsExactly(NIGHT_SHELTER);
    }

    @Test
    void countsEveryValueOfEveryDimension() {
        SearchResult result = index.search(SearchRequest.all());

        assertThat(result.facet(FacetDimension.MUNICIPALITY).values())
                .containsExactly(
                        new Facet.Value(KEMEROVO, 6),
                        new Facet.Value(NOVOKUZNETSK, 3),
                        new Facet.Value(PROKOPYEVSK, 3),
                        new Facet.Value(BELOVO, 2),
                        new Facet.Value(LENINSK, 1));
        assertThat(result.facet(FacetDimension.FREE).values())
                .containsExactly(new Facet.Value(FacetDimension.YES, 10), new Facet.Value(FacetDimension.NO, 4));
        assertThat(result.facet(FacetDimension.ACCESSIBLE).count(FacetDimension.YES))
                .isEqualTo(9);
        assertThat(result.facet(FacetDimension.LANGUAGE).count("ru")).isEqualTo(14);
        assertThat(result.facet(FacetDimension.LANGUAGE).count("uz")).isEqualTo(1);
        assertThat(result.facet(FacetDimension.FORM).count("home")).isEqualTo(3);
        assertThat(result.facet(FacetDimension.TYPE).count("legal")).isEqualTo(3);
        assertThat(result.facets()).extracting(Facet::dimension).containsExactly(FacetDimension.values());
    }

    @Test
    void countsEachDimensionWithTheOtherDimensionsFiltersOnly() {
        SearchResult result = index.search(
                SearchRequest.all().with(FacetDimension.MUNICIPALITY, KEMEROVO).freeOnly());

        assertThat(ids(result)).containsExactlyInAnyOrder(HOME_CARE, LOW_VISION_SCHOOL, NEW_YEAR_TREE, RUSSIAN_COURSES);
        // free services in each municipality: what choosing another municipality would give
        assertThat(result.facet(FacetDimension.MUNICIPALITY).values())
                .containsExactly(
                        new Facet.Value(KEMEROVO, 4),
                        new Facet.Value(BELOVO, 2),
                        new Facet.Value(NOVOKUZNETSK, 2),
                        new Facet.Value(PROKOPYEVSK, 2));
        // services in Kemerovo, free or not
        assertThat(result.facet(FacetDimension.FREE).values())
                .containsExactly(new Facet.Value(FacetDimension.YES, 4), new Facet.Value(FacetDimension.NO, 2));
        // free services in Kemerovo
        assertThat(result.facet(FacetDimension.CATEGORY).values())
                .containsExactly(
                        new Facet.Value("disability", 2),
                        new Facet.Value("children", 1),
                        new Facet.Value("families", 1),
                        new Facet.Value("migrants", 1),
                        new Facet.Value("older-people", 1));
        assertThat(result.facet(FacetDimension.ACCESSIBLE).count(FacetDimension.YES))
                .isEqualTo(3);
    }

    @Test
    void countsTheFacetsOfTheText() {
        SearchResult result = index.search(SearchRequest.of("пенсионер"));

        assertThat(result.facet(FacetDimension.CATEGORY).count("older-people")).isEqualTo(result.total());
        assertThat(result.facet(FacetDimension.MUNICIPALITY).count(BELOVO)).isZero();
    }

    // distance

    @Test
    void findsTheServicesWithinARadius() {
        SearchResult result = index.search(SearchRequest.all().near(KEMEROVO_CENTRE, 10.0));

        // the nurse comes home to Kemerovo but has no place: without a location, no distance
        assertThat(ids(result))
                .containsExactlyInAnyOrder(HOME_CARE, SILVER_CLUB, LOW_VISION_SCHOOL, NEW_YEAR_TREE, RUSSIAN_COURSES);
        assertThat(ids(result).get(0)).isEqualTo(HOME_CARE);
        assertDistancesGrow(result.hits());
        assertThat(result.hits().get(0).distanceKm()).isLessThan(0.01);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isLessThanOrEqualTo(10.0));
    }

    @Test
    void sortsByDistanceWithServicesWithoutAPlaceLast() {
        SearchResult result = index.search(SearchRequest.all()
                .near(NOVOKUZNETSK_CENTRE, null)
                .sortedBy(Order.DISTANCE)
                .onPage(1, 50));

        assertThat(result.total()).isEqualTo(14);
        assertThat(ids(result))
                .startsWith(LAWYER, REHABILITATION, NIGHT_SHELTER)
                .endsWith(NURSE);
        assertDistancesGrow(result.hits().subList(0, 13));
        assertThat(result.hits().get(13).distanceKm()).isNull();
        Hit fromKemerovo = result.hits().stream()
                .filter(hit -> hit.id() == HOME_CARE)
                .findFirst()
                .orElseThrow();
        assertThat(fromKemerovo.distanceKm()).isBetween(185.0, 195.0);
    }

    @Test
    void measuresFromTheNearestLocationOfAService() {
        SearchResult result = index.search(SearchRequest.all().near(PROKOPYEVSK_CENTRE, 5.0));

        assertThat(ids(result)).containsExactly(REHABILITATION, FOOD, PENSION_ADVICE);
        assertThat(result.hits().get(0).distanceKm()).isLessThan(0.01);
    }

    @Test
    void combinesTextAndRadiusRankingByRelevance() {
        SearchResult result = index.search(SearchRequest.of("помощь").near(KEMEROVO_CENTRE, 20.0));

        assertThat(ids(result)).containsExactly(HOME_CARE, RUSSIAN_COURSES);
        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.distanceKm()).isNotNull());
        assertThat(result.hits().get(0).score())
                .isGreaterThan(result.hits().get(1).score());
    }

    // snippets

    @Test
    void highlightsTheMatchedWordsAsRuns() {
        Hit hit = index.search(SearchRequest.of("пожилым")).hits().stream()
                .filter(found -> found.id() == HOME_CARE)
                .findFirst()
                .orElseThrow();

        assertThat(hit.name())
                .containsExactly(
                        new TextRun("Помощь на дому ", false),
                        new TextRun("пожилым", true),
                        new TextRun(" людям", false));
        assertThat(hit.snippet()).contains(new TextRun("пожилым", true));
        assertThat(hit.plainSnippet()).startsWith("Социальные работники приходят к пожилым людям");
        assertThat(hit.organizationName()).isEqualTo("Центр социального обслуживания Кемерово");
    }

    @Test
    void highlightsSynonymsAndTyposToo() {
        Hit club = index.search(SearchRequest.of("пенсионер")).hits().stream()
                .filter(found -> found.id() == SILVER_CLUB)
                .findFirst()
                .orElseThrow();
        assertThat(highlighted(club.snippet())).containsExactly("старшего", "возраста");

        Hit rehabilitation =
                index.search(SearchRequest.of("реабилитацыя")).hits().get(0);
        assertThat(highlighted(rehabilitation.name())).containsExactly("Реабилитация");
    }

    @Test
    void showsTheBeginningOfTheDescriptionWhenNoWordOfItMatched() {
        Hit hit = index.search(SearchRequest.of("Радуга")).hits().get(0);

        assertThat(hit.id()).isEqualTo(REHABILITATION);
        assertThat(hit.name()).containsExactly(new TextRun("Реабилитация детей с инвалидностью", false));
        assertThat(hit.snippet()).noneMatch(TextRun::highlighted);
        assertThat(hit.plainSnippet()).startsWith("Занятия с логопедом");
    }

    @Test
    void cutsALongDescriptionAtSentences() {
        String sentence = "Это длинное описание услуги, в котором много слов о разном и ничего о главном. ";
        index.put(new IndexedService(
                99,
                "Длинная услуга",
                sentence.repeat(10) + "Здесь важное: логопед для взрослых. " + sentence.repeat(10),
                "",
                "",
                Set.of(KEMEROVO),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                false,
                false,
                List.of()));
        index.commit();

        Hit hit = index.search(SearchRequest.of("важное логопед")).hits().get(0);

        assertThat(hit.plainSnippet().length()).isLessThan(400);
        assertThat(hit.plainSnippet())
                .startsWith(Snippets.ELLIPSIS + " ")
                .contains("Здесь важное: логопед для взрослых.")
                .endsWith("главном. " + Snippets.ELLIPSIS);
        assertThat(highlighted(hit.snippet())).contains("важное", "логопед");
    }

    @Test
    void searchesTheKeywordsWithoutShowingThemAndCopesWithoutADescription() {
        index.put(new IndexedService(
                77,
                "Выдача технических средств реабилитации",
                "",
                "",
                "СНИЛС, справка МСЭ, индивидуальная программа",
                Set.of(KEMEROVO),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                true,
                true,
                List.of()));
        index.commit();

        Hit hit = index.search(SearchRequest.of("снилс мсэ")).hits().get(0);

        assertThat(hit.id()).isEqualTo(77);
        assertThat(hit.snippet()).isEmpty();
        assertThat(hit.organizationName()).isEmpty();
        assertThat(hit.plainName()).isEqualTo("Выдача технических средств реабилитации");
    }

    // autocomplete

    @Test
    void suggestsNamesByTheBeginningsOfTheirWords() {
        assertThat(index.suggest("юрид конс", 10)).containsExactly("Юридическая консультация для пенсионеров");
        assertThat(index.suggest("конс", 10))
                .containsExactlyInAnyOrder(
                        "Юридическая консультация для пенсионеров", "Консультации по пенсионному обеспечению");
        assertThat(index.suggest("пом", 10))
                .containsExactly("Помощь на дому пожилым людям", "Психологическая помощь в кризисе");
    }

    @Test
    void suggestsWithЁAsЕAndInAnyCase() {
        assertThat(index.suggest("ел", 10)).containsExactly("Новогодняя ёлка для детей из многодетных семей");
        assertThat(index.suggest("НОВОГОДНЯЯ ЁЛ", 10))
                .containsExactly("Новогодняя ёлка для детей из многодетных семей");
        assertThat(index.suggest("теплый", 10)).isEmpty();
    }

    @Test
    void suggestsNothingForOneLetterAndAtMostTheLimit() {
        assertThat(index.suggest("п", 10)).isEmpty();
        assertThat(index.suggest("  ", 10)).isEmpty();
        assertThat(index.suggest("по", 1)).hasSize(1);
    }

    // paging

    @Test
    void pagesThroughTheResults() {
        List<Long> all = ids(SearchRequest.all().onPage(1, 100));
        List<Long> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = index.search(SearchRequest.all().onPage(page, 5));
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.pageCount()).isEqualTo(3);
            paged.addAll(ids(result));
        }

        assertThat(paged).isEqualTo(all);
        SearchResult beyond = index.search(SearchRequest.all().onPage(7, 5));
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.hits()).hasSize(4);
        assertThat(beyond.hasNext()).isFalse();
        assertThat(beyond.hasPrevious()).isTrue();
    }

    // changes

    @Test
    void replacesAServicePutAgainAndRemovesOne() {
        IndexedService old = ServiceCorpus.byId(NIGHT_SHELTER);
        index.put(new IndexedService(
                NIGHT_SHELTER,
                "Ночлежка «Тёплый дом»",
                old.description(),
                old.organizationName(),
                "",
                Set.of(BELOVO),
                old.types(),
                old.forms(),
                old.categories(),
                old.languages(),
                old.free(),
                old.wheelchairAccessible(),
                old.locations()));
        index.remove(LOW_VISION_SCHOOL);

        assertThat(ids(SearchRequest.of("слабовидящих")))
                .as("not yet committed")
                .containsExactly(LOW_VISION_SCHOOL);

        index.commit();

        assertThat(index.count()).isEqualTo(13);
        assertThat(ids(SearchRequest.of("слабовидящих"))).isEmpty();
        SearchResult shelter = index.search(SearchRequest.of("ночлежка"));
        assertThat(shelter.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(NIGHT_SHELTER);
            assertThat(hit.plainName()).isEqualTo("Ночлежка «Тёплый дом»");
        });
        assertThat(shelter.facet(FacetDimension.MUNICIPALITY).values()).containsExactly(new Facet.Value(BELOVO, 1));
        index.remove(12345);
        index.commit();
        assertThat(index.count()).isEqualTo(13);
    }

    @Test
    void answersTheSameSearchFromItsCacheUntilTheNextCommit() {
        SearchRequest request = SearchRequest.of("пенсионер").freeOnly();
        SearchResult first = index.search(request);

        assertThat(index.search(request)).isSameAs(first);
        assertThat(index.search(SearchRequest.of("пенсионер").with(FacetDimension.FREE, FacetDimension.YES)))
                .isSameAs(first);

        index.commit();

        assertThat(index.search(request)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void clearsEverything() {
        index.clear();
        index.commit();

        assertThat(index.count()).isZero();
        SearchResult result = index.search(SearchRequest.of("помощь"));
        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facet(FacetDimension.MUNICIPALITY).values()).isEmpty();
        assertThat(index.suggest("пом", 5)).isEmpty();
    }

    @Test
    void givesTheSameResultsAfterARestart() {
        List<SearchRequest> requests = List.of(
                SearchRequest.all(),
                SearchRequest.of("пенсионер"),
                SearchRequest.of("реабилитацыя детям"),
                SearchRequest.all().with(FacetDimension.MUNICIPALITY, KEMEROVO).freeOnly(),
                SearchRequest.of("помощь").near(NOVOKUZNETSK_CENTRE, 300.0).sortedBy(Order.DISTANCE));
        List<SearchResult> before = requests.stream().map(index::search).toList();
        List<String> suggestedBefore = index.suggest("кон", 5);

        for (int restart = 0; restart < 2; restart++) {
            index.close();
            index = ServiceIndex.open(directory, SynonymList.defaults());

            assertThat(requests.stream().map(index::search).toList()).isEqualTo(before);
            assertThat(index.suggest("кон", 5)).isEqualTo(suggestedBefore);
            assertThat(index.count()).isEqualTo(14);
        }
    }

    @Test
    void keepsAMarkerWithTheCommitAndKnowsWhenToBeRebuilt() {
        assertThat(index.needsRebuild()).isFalse();
        assertThat(index.marker()).isEmpty();

        index.commit("2026-03-01T10:15:30Z");
        index.put(ServiceCorpus.byId(HOME_CARE));
        index.commit();
        index.close();
        index = ServiceIndex.open(directory, SynonymList.defaults());

        assertThat(index.marker()).contains("2026-03-01T10:15:30Z");
        assertThat(index.needsRebuild()).isFalse();
    }

    @Test
    void startsAnEmptyIndexInPlaceOfOneItCannotRead(@TempDir Path elsewhere) throws Exception {
        Path damaged = elsewhere.resolve("damaged");
        Files.createDirectories(damaged);
        Files.write(
                damaged.resolve("segments_2"),
                "это не индекс Lucene, а мусор на диске".repeat(10).getBytes(UTF_8));

        try (ServiceIndex replaced = ServiceIndex.open(damaged, SynonymList.defaults())) {
            assertThat(replaced.needsRebuild()).isTrue();
            assertThat(replaced.count()).isZero();
            replaced.put(ServiceCorpus.byId(HOME_CARE));
            replaced.commit();
            assertThat(ids(replaced.search(SearchRequest.of("пожилым")))).containsExactly(HOME_CARE);
        }
    }

    @Test
    void aNewIndexNeedsARebuildAndFindsNothing(@TempDir Path elsewhere) {
        try (ServiceIndex fresh = ServiceIndex.open(elsewhere.resolve("new"), SynonymList.defaults())) {
            assertThat(fresh.needsRebuild()).isTrue();
            assertThat(fresh.count()).isZero();
            assertThat(fresh.search(SearchRequest.of("помощь")).total()).isZero();
            assertThat(fresh.search(SearchRequest.all()).facets()).hasSize(FacetDimension.values().length);
        }
    }

    private List<Long> ids(SearchRequest request) {
        return ids(index.search(request));
    }

    private static List<Long> ids(SearchResult result) {
        return result.hits().stream().map(Hit::id).toList();
    }

    private static List<String> highlighted(List<TextRun> runs) {
        return runs.stream().filter(TextRun::highlighted).map(TextRun::text).toList();
    }

    private static void assertDistancesGrow(List<Hit> hits) {
        assertThat(hits).extracting(Hit::distanceKm).doesNotContainNull();
        assertThat(hits.stream().map(Hit::distanceKm).toList()).isSorted();
    }
}
