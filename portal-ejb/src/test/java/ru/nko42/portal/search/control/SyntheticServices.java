package ru.nko42.portal.search.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;

/** Services made up from lists of Russian words, the same for the same seed: a corpus of any size for load checks. */
final class SyntheticServices {

    private static final String[] WHAT = {
        "Помощь на дому",
        "Консультация юриста",
        "Реабилитация",
        "Психологическая поддержка",
        "Продуктовые наборы",
        "Социальное такси",
        "Курсы компьютерной грамотности",
        "Клуб общения",
        "Ночлег",
        "Сиделка",
        "Лечебная физкультура",
        "Занятия с логопедом",
        "Группа дневного пребывания",
        "Прокат колясок",
        "Горячее питание",
        "Вещевая помощь",
        "Школа ухода",
        "Телефон доверия",
        "Летний лагерь",
        "Трудоустройство"
    };
    private static final String[] FOR_WHOM = {
        "пожилым людям", "для пенсионеров", "детям с инвалидностью", "для многодетных семей", "для ветеранов",
        "людям без жилья", "для мигрантов", "для слабовидящих", "семьям в трудной ситуации", "для подростков",
        "инвалидам по слуху", "одиноким гражданам", "для молодых мам", "для участников СВО и их семей"
    };
    private static final String[] ORGANIZATIONS = {
        "Центр социального обслуживания",
        "АНО «Забота»",
        "Благотворительный фонд «Доброе сердце»",
        "Реабилитационный центр «Радуга»",
        "ТОС «Ягуновский»",
        "Общество инвалидов",
        "Совет ветеранов",
        "Кризисный центр «Опора»",
        "Фонд «Правовая защита»",
        "Волонтёрский центр «Рука помощи»"
    };
    private static final String[] SENTENCES = {
        "Социальные работники приходят на дом, покупают продукты и лекарства.",
        "Занятия проходят в группах по пять человек, два раза в неделю.",
        "Нужен паспорт, СНИЛС и справка о составе семьи.",
        "Помогаем оформить документы и записаться к врачу.",
        "Специалисты учат родителей заниматься с ребёнком дома.",
        "Работаем без выходных, запись по телефону.",
        "Встречи, экскурсии, мастер-классы и праздники для всей семьи.",
        "Выдаём одежду, обувь и средства гигиены по предъявлении документов.",
        "Консультации проводит юрист с опытом работы в социальной сфере.",
        "Психолог поможет справиться с тревогой, потерей близкого, насилием.",
        "Возим людей на колясках в поликлиники и центры реабилитации.",
        "Объём помощи зависит от дохода семьи и числа детей."
    };
    private static final String[] MUNICIPALITIES = {
        "kemerovsky-go", "novokuznetsky-go", "prokopyevsky-go", "belovsky-go", "leninsk-kuznetsky-go",
        "mezhdurechensky-go", "kiselevsky-go", "yurginsky-go", "anzhero-sudzhensky-go", "tashtagolsky-mr"
    };
    private static final double[][] CENTRES = {
        {55.3547, 86.0873}, {53.7576, 87.1360}, {53.8604, 86.7184}, {54.4221, 86.3037}, {54.6674, 86.1797},
        {53.6865, 88.0703}, {54.0060, 86.6366}, {55.7203, 84.8886}, {56.0786, 86.0201}, {52.7593, 87.8477}
    };
    private static final String[] TYPES = {
        "household", "medical", "psychological", "pedagogical", "labour", "legal", "communication", "urgent"
    };
    private static final String[] FORMS = {"home", "semi-residential", "residential"};
    private static final String[] CATEGORIES = {
        "older-people", "disability", "families", "children", "veterans", "homeless", "migrants", "crisis"
    };

    private SyntheticServices() {}

    static List<IndexedService> make(int count, long seed) {
        Random random = new Random(seed);
        List<IndexedService> services = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int place = random.nextInt(MUNICIPALITIES.length);
            StringBuilder description = new StringBuilder();
            for (int s = 0; s < 3 + random.nextInt(4); s++) {
                description.append(pick(random, SENTENCES)).append(' ');
            }
            services.add(new IndexedService(
                    i + 1,
                    pick(random, WHAT) + " " + pick(random, FOR_WHOM),
                    description.toString().strip(),
                    pick(random, ORGANIZATIONS) + " № " + (1 + random.nextInt(500)),
                    "",
                    Set.of(MUNICIPALITIES[place]),
                    two(random, TYPES),
                    Set.of(pick(random, FORMS)),
                    two(random, CATEGORIES),
                    random.nextInt(10) == 0 ? Set.of("ru", "tg") : Set.of("ru"),
                    random.nextBoolean(),
                    random.nextInt(3) > 0,
                    List.of(new GeoPoint(
                            CENTRES[place][0] + random.nextGaussian() * 0.05,
                            CENTRES[place][1] + random.nextGaussian() * 0.05))));
        }
        return services;
    }

    private static Set<String> two(Random random, String[] values) {
        return new HashSet<>(List.of(pick(random, values), pick(random, values)));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
