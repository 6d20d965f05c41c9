package ru.nko42.portal.bench;

import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.search.boundary.FacetDimension;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.SearchRequest;
import ru.nko42.portal.search.control.ServiceIndex;

/**
 * The fixed mix of what citizens ask: text alone, text in their municipality, filters alone, free services, near a
 * point, typos, synonyms, paging and the autocomplete of the search box. Each client runs the whole mix in a loop,
 * starting at its own place in it.
 */
final class QueryMix {

    /**
     * One operation of the mix: its kind (for the breakdown), what it asks, and either a search request or the
     * letters typed into the search box (autocomplete).
     */
    record Operation(String kind, String label, SearchRequest request, String typed) {

        /** How many suggestions the search box asks for. */
        static final int SUGGESTIONS = 8;

        /** Runs the operation on the index: a {@link ru.nko42.portal.search.boundary.SearchResult} or names. */
        Object on(ServiceIndex index) {
            return request != null ? index.search(request) : index.suggest(typed, SUGGESTIONS);
        }
    }

    private static final GeoPoint KEMEROVO = new GeoPoint(55.3547, 86.0873);
    private static final GeoPoint NOVOKUZNETSK = new GeoPoint(53.7576, 87.1360);
    private static final GeoPoint PROKOPYEVSK = new GeoPoint(53.8604, 86.7184);
    private static final GeoPoint MEZHDURECHENSK = new GeoPoint(53.6865, 88.0703);

    private QueryMix() {}

    static List<Operation> operations() {
        List<Operation> mix = new ArrayList<>();
        // text alone
        for (String text : List.of(
                "уход на дому",
                "юридическая консультация",
                "продуктовые наборы",
                "психолог",
                "реабилитация детей-инвалидов",
                "помощь пожилым",
                "сиделка для пенсионера",
                "социальное такси",
                "ночлег",
                "курсы компьютерной грамотности",
                "одежда для детей",
                "трудоустройство инвалидов",
                "логопед",
                "домашнее насилие",
                "помощь семьям участников СВО")) {
            mix.add(search("text", text, SearchRequest.of(text)));
        }
        // text in a municipality
        mix.add(search("text+municipality", "юрист / Кемерово", in(SearchRequest.of("юрист"), "kemerovsky-go")));
        mix.add(search(
                "text+municipality",
                "уход за пожилыми / Новокузнецк",
                in(SearchRequest.of("уход за пожилыми"), "novokuznetsky-go")));
        mix.add(search(
                "text+municipality",
                "продукты многодетным / Прокопьевск",
                in(SearchRequest.of("продукты многодетным"), "prokopyevsky-go")));
        mix.add(search(
                "text+municipality",
                "психологическая помощь / Таштагол",
                in(SearchRequest.of("психологическая помощь"), "tashtagolsky-mr")));
        mix.add(search(
                "text+municipality", "реабилитация / Мариинск", in(SearchRequest.of("реабилитация"), "mariinsky-mo")));
        mix.add(search(
                "text+municipality",
                "ночлег бездомным / Белово",
                in(SearchRequest.of("ночлег бездомным"), "belovsky-go")));
        mix.add(search(
                "text+municipality",
                "курсы русского языка / Юрга + category",
                in(SearchRequest.of("курсы русского языка"), "yurginsky-go")
                        .with(FacetDimension.CATEGORY, "migrants")));
        mix.add(search(
                "text+municipality",
                "занятия с логопедом / Междуреченск + form",
                in(SearchRequest.of("занятия с логопедом"), "mezhdurechensky-go")
                        .with(FacetDimension.FORM, "semi-residential")));
        // filters alone
        mix.add(search("filters", "everything (home page)", SearchRequest.all()));
        mix.add(search("filters", "municipality Кемерово", in(SearchRequest.all(), "kemerovsky-go")));
        mix.add(search(
                "filters",
                "type legal + form semi-residential",
                SearchRequest.all()
                        .with(FacetDimension.TYPE, "legal")
                        .with(FacetDimension.FORM, "semi-residential")));
        mix.add(search(
                "filters",
                "categories older-people|disabilities / Новокузнецк",
                in(SearchRequest.all(), "novokuznetsky-go")
                        .with(FacetDimension.CATEGORY, "older-people", "disabilities")));
        mix.add(search("filters", "language tg", SearchRequest.all().with(FacetDimension.LANGUAGE, "tg")));
        mix.add(search(
                "filters",
                "accessible + form home / Киселёвск",
                in(SearchRequest.all(), "kiselevsky-go")
                        .accessibleOnly()
                        .with(FacetDimension.FORM, "home")));
        // free
        mix.add(search("free", "free", SearchRequest.all().freeOnly()));
        mix.add(search(
                "free", "free / Ленинск-Кузнецкий", in(SearchRequest.all(), "leninsk-kuznetsky-go").freeOnly()));
        mix.add(search("free", "free + юридическая помощь", SearchRequest.of("юридическая помощь").freeOnly()));
        // near a point
        mix.add(search("near", "near Кемерово 5 km", SearchRequest.all().near(KEMEROVO, 5.0)));
        mix.add(search(
                "near", "сиделка near Новокузнецк 10 km", SearchRequest.of("сиделка").near(NOVOKUZNETSK, 10.0)));
        mix.add(search(
                "near",
                "nearest to Прокопьевск, distance order",
                SearchRequest.all().near(PROKOPYEVSK, null).sortedBy(SearchRequest.Order.DISTANCE)));
        mix.add(search(
                "near",
                "families near Междуреченск 15 km",
                SearchRequest.all()
                        .with(FacetDimension.CATEGORY, "families-with-children")
                        .near(MEZHDURECHENSK, 15.0)));
        mix.add(search(
                "near",
                "прокат колясок nearest to Кемерово 30 km",
                SearchRequest.of("прокат колясок").near(KEMEROVO, 30.0).sortedBy(SearchRequest.Order.DISTANCE)));
        // typos
        for (String typo : List.of("пенсианер", "рибилитация", "юридичиская консультация", "психалог", "продуктавые наборы"))
        {
            mix.add(search("typo", typo, SearchRequest.of(typo)));
        }
        // synonyms
        for (String synonym : List.of("бомж", "ОВЗ", "ТСР", "бесплатно юрист", "колясочник")) {
            mix.add(search("synonym", synonym, SearchRequest.of(synonym)));
        }
        // paging and order
        mix.add(search("paging", "помощь, page 3", SearchRequest.of("помощь").onPage(3)));
        mix.add(search(
                "paging", "Кемерово by name, page 10", in(SearchRequest.all(), "kemerovsky-go").onPage(10)));
        // autocomplete
        for (String typed : List.of("уход", "юр", "прод", "пси", "соц так", "реаб")) {
            mix.add(new Operation("suggest", typed, null, typed));
        }
        return List.copyOf(mix);
    }

    private static SearchRequest in(SearchRequest request, String municipality) {
        return request.with(FacetDimension.MUNICIPALITY, municipality);
    }

    private static Operation search(String kind, String label, SearchRequest request) {
        return new Operation(kind, label, request, null);
    }
}
