package ru.nko42.portal.search.control;

import java.util.List;
import java.util.Set;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;

/** Fourteen services of Kuzbass written for the tests of the search, in five municipalities. */
final class ServiceCorpus {

    static final String KEMEROVO = "kemerovsky-go";
    static final String NOVOKUZNETSK = "novokuznetsky-go";
    static final String PROKOPYEVSK = "prokopyevsky-go";
    static final String BELOVO = "belovsky-go";
    static final String LENINSK = "leninsk-kuznetsky-go";

    static final GeoPoint KEMEROVO_CENTRE = new GeoPoint(55.3547, 86.0873);
    static final GeoPoint NOVOKUZNETSK_CENTRE = new GeoPoint(53.7576, 87.1360);
    static final GeoPoint PROKOPYEVSK_CENTRE = new GeoPoint(53.8604, 86.7184);
    static final GeoPoint BELOVO_CENTRE = new GeoPoint(54.4221, 86.3037);
    static final GeoPoint LENINSK_CENTRE = new GeoPoint(54.6674, 86.1797);

    static final long HOME_CARE = 1;
    static final long SILVER_CLUB = 2;
    static final long LAWYER = 3;
    static final long REHABILITATION = 4;
    static final long LOW_VISION_SCHOOL = 5;
    static final long NEW_YEAR_TREE = 6;
    static final long FOOD = 7;
    static final long CRISIS = 8;
    static final long TAXI = 10;
    static final long RUSSIAN_COURSES = 11;
    static final long PENSION_ADVICE = 12;
    static final long NIGHT_SHELTER = 13;
    static final long VETERANS = 14;
    static final long NURSE = 15;

    private ServiceCorpus() {}

    static List<IndexedService> services() {
        return List.of(
                service(
                        HOME_CARE,
                        "Помощь на дому пожилым людям",
                        "Центр социального обслуживания Кемерово",
                        "Социальные работники приходят к пожилым людям и инвалидам: покупают продукты, убирают квартиру, "
                                + "приносят лекарства. Услуга бесплатна для одиноких граждан.",
                        Set.of(KEMEROVO),
                        Set.of("household", "medical"),
                        Set.of("home"),
                        Set.of("older-people", "disability"),
                        Set.of("ru"),
                        true,
                        true,
                        KEMEROVO_CENTRE),
                service(
                        SILVER_CLUB,
                        "Клуб «Серебряный возраст»",
                        "АНО «Серебряный возраст»",
                        "Компьютерные курсы и скандинавская ходьба для граждан старшего возраста. Встречи по вторникам "
                                + "и четвергам.",
                        Set.of(KEMEROVO),
                        Set.of("communication"),
                        Set.of("semi-residential"),
                        Set.of("older-people"),
                        Set.of("ru"),
                        false,
                        false,
                        new GeoPoint(55.3600, 86.0900)),
                service(
                        LAWYER,
                        "Юридическая консультация для пенсионеров",
                        "Фонд «Правовая защита»",
                        "Консультации юриста по вопросам льгот, субсидий и жилья. Поможем составить заявление "
                                + "и жалобу.",
                        Set.of(NOVOKUZNETSK),
                        Set.of("legal"),
                        Set.of("semi-residential"),
                        Set.of("older-people"),
                        Set.of("ru"),
                        true,
                        true,
                        NOVOKUZNETSK_CENTRE),
                service(
                        REHABILITATION,
                        "Реабилитация детей с инвалидностью",
                        "Реабилитационный центр «Радуга»",
                        "Занятия с логопедом и психологом, лечебная физкультура. Работаем с семьями: родители учатся "
                                + "заниматься с ребёнком дома. Отделения в Новокузнецке и Прокопьевске.",
                        Set.of(NOVOKUZNETSK, PROKOPYEVSK),
                        Set.of("medical", "psychological", "pedagogical"),
                        Set.of("semi-residential"),
                        Set.of("children", "disability", "families"),
                        Set.of("ru"),
                        false,
                        true,
                        new GeoPoint(53.7600, 87.1300),
                        PROKOPYEVSK_CENTRE),
                service(
                        LOW_VISION_SCHOOL,
                        "Школа для слабовидящих",
                        "Общество инвалидов по зрению",
                        "Учим взрослых работать со смартфоном голосом и читать шрифтом Брайля.",
                        Set.of(KEMEROVO),
                        Set.of("communication", "pedagogical"),
                        Set.of("semi-residential"),
                        Set.of("disability"),
                        Set.of("ru"),
                        true,
                        true,
                        new GeoPoint(55.3450, 86.0800)),
                service(
                        NEW_YEAR_TREE,
                        "Новогодняя ёлка для детей из многодетных семей",
                        "ТОС «Ягуновский»",
                        "Праздник у ёлки, подарки и спектакль. Приглашаем семьи с тремя и более детьми.",
                        Set.of(KEMEROVO),
                        Set.of("pedagogical"),
                        Set.of("semi-residential"),
                        Set.of("families", "children"),
                        Set.of("ru"),
                        true,
                        false,
                        new GeoPoint(55.2880, 86.0520)),
                service(
                        FOOD,
                        "Продуктовые наборы",
                        "Благотворительный фонд «Доброе сердце»",
                        "Выдаём наборы продуктов семьям в трудной жизненной ситуации, объём набора до 10 кг. "
                                + "Нужен паспорт и справка о доходах.",
                        Set.of(PROKOPYEVSK),
                        Set.of("urgent"),
                        Set.of("semi-residential"),
                        Set.of("families", "crisis"),
                        Set.of("ru"),
                        true,
                        true,
                        new GeoPoint(53.8650, 86.7250)),
                service(
                        CRISIS,
                        "Психологическая помощь в кризисе",
                        "Кризисный центр «Опора»",
                        "Телефон доверия и встречи с психологом для тех, кто пережил насилие или потерю близкого.",
                        Set.of(BELOVO),
                        Set.of("psychological"),
                        Set.of("semi-residential"),
                        Set.of("crisis"),
                        Set.of("ru"),
                        true,
                        false,
                        BELOVO_CENTRE),
                service(
                        TAXI,
                        "Социальное такси для инвалидов",
                        "Служба «Мобильность»",
                        "Возим людей на инвалидных колясках в поликлиники и центры реабилитации. Заказ за сутки.",
                        Set.of(LENINSK),
                        Set.of("household"),
                        Set.of("home"),
                        Set.of("disability", "older-people"),
                        Set.of("ru"),
                        false,
                        true,
                        LENINSK_CENTRE),
                service(
                        RUSSIAN_COURSES,
                        "Курсы русского языка для мигрантов",
                        "Дом дружбы народов",
                        "Занятия русским языком и помощь с документами для переселенцев и их детей.",
                        Set.of(KEMEROVO),
                        Set.of("communication", "legal"),
                        Set.of("semi-residential"),
                        Set.of("migrants"),
                        Set.of("ru", "ky", "tg", "uz"),
                        true,
                        true,
                        new GeoPoint(55.3550, 86.0700)),
                service(
                        PENSION_ADVICE,
                        "Консультации по пенсионному обеспечению",
                        "Клиентская служба Социального фонда",
                        "Помогаем оформить документы для назначения пенсии и проверить стаж.",
                        Set.of(PROKOPYEVSK),
                        Set.of("legal"),
                        Set.of("semi-residential"),
                        Set.of("older-people"),
                        Set.of("ru"),
                        true,
                        false,
                        new GeoPoint(53.8700, 86.7300)),
                service(
                        NIGHT_SHELTER,
                        "Ночлег для людей без дома",
                        "Приют «Тёплый дом»",
                        "Двадцать мест на ночь: горячий ужин, душ, чистая одежда.",
                        Set.of(NOVOKUZNETSK),
                        Set.of("urgent", "household"),
                        Set.of("residential"),
                        Set.of("homeless"),
                        Set.of("ru"),
                        true,
                        false,
                        new GeoPoint(53.7700, 87.1200)),
                service(
                        VETERANS,
                        "Встречи ветеранов",
                        "Совет ветеранов Белово",
                        "Клуб для ветеранов и участников боевых действий: встречи, экскурсии, помощь с документами.",
                        Set.of(BELOVO),
                        Set.of("communication"),
                        Set.of("semi-residential"),
                        Set.of("veterans"),
                        Set.of("ru"),
                        true,
                        true,
                        new GeoPoint(54.4300, 86.3000)),
                service(
                        NURSE,
                        "Сиделка для лежачих больных",
                        "Патронажная служба «Забота»",
                        "Уход за лежачими больными дома: гигиена, кормление, смена белья. Оплата по часам.",
                        Set.of(KEMEROVO),
                        Set.of("household", "medical"),
                        Set.of("home"),
                        Set.of("older-people", "disability"),
                        Set.of("ru"),
                        false,
                        true));
    }

    static IndexedService byId(long id) {
        return services().stream()
                .filter(service -> service.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static IndexedService service(
            long id,
            String name,
            String organization,
            String description,
            Set<String> municipalities,
            Set<String> types,
            Set<String> forms,
            Set<String> categories,
            Set<String> languages,
            boolean free,
            boolean accessible,
            GeoPoint... locations) {
        return new IndexedService(
                id,
                name,
                description,
                organization,
                "",
                municipalities,
                types,
                forms,
                categories,
                languages,
                free,
                accessible,
                List.of(locations));
    }
}
