package ru.nko42.portal.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import ru.nko42.portal.search.boundary.GeoPoint;
import ru.nko42.portal.search.boundary.IndexedService;

/**
 * A made-up but realistic directory of Kuzbass: organizations in every municipality (the big cities weigh more),
 * each giving a few services whose names and descriptions are put together from the words people and NGOs use
 * (уход на дому, юридическая консультация, продуктовые наборы, ...) in their various forms, with 442-ФЗ type and
 * form codes, recipient categories, flags, languages and points around the municipality's centre. The same seed
 * gives the same directory.
 */
final class DirectoryGenerator {

    /** An organization of the directory. */
    record Organization(long id, String name, Municipality municipality, GeoPoint office) {}

    /** A kind of service: how it is named and described, and its codes. */
    private record Kind(
            String[] names, String[] sentences, String[] types, String[] forms, String[] categories, double free) {}

    private static final Kind[] KINDS = {
        new Kind(
                names("Уход на дому", "Социальное обслуживание на дому", "Помощь на дому", "Надомное обслуживание"),
                names(
                        "Социальный работник приходит на дом два-три раза в неделю.",
                        "Покупаем и доставляем продукты, лекарства и промышленные товары первой необходимости.",
                        "Помогаем с уборкой квартиры, стиркой, оплатой коммунальных услуг.",
                        "Сопровождаем в поликлинику и к врачам-специалистам."),
                names("household", "medical"),
                names("home"),
                names("older-people", "disabilities"),
                0.7),
        new Kind(
                names(
                        "Юридическая консультация",
                        "Бесплатная юридическая помощь",
                        "Консультации юриста",
                        "Правовая помощь",
                        "Юридические консультации"),
                names(
                        "Юрист консультирует по жилищным, семейным и трудовым вопросам.",
                        "Помогаем составить исковое заявление, жалобу или обращение в органы власти.",
                        "Разъясняем права на льготы, пособия и меры социальной поддержки.",
                        "Консультации проводит юрист с опытом работы в социальной сфере."),
                names("legal"),
                names("semi-residential"),
                names("older-people", "families-with-children", "crisis", "veterans", "migrants"),
                0.85),
        new Kind(
                names(
                        "Продуктовые наборы",
                        "Выдача продуктовых наборов",
                        "Продуктовая помощь",
                        "Горячее питание",
                        "Бесплатные обеды"),
                names(
                        "Выдаём продуктовые наборы раз в месяц по предварительной записи.",
                        "В набор входят крупы, макароны, консервы, масло, чай и сахар.",
                        "Горячие обеды готовят волонтёры в будние дни.",
                        "Нужен паспорт и справка о доходах семьи."),
                names("urgent", "household"),
                names("semi-residential"),
                names("families-with-children", "crisis", "homeless", "older-people"),
                0.95),
        new Kind(
                names(
                        "Реабилитация",
                        "Социальная реабилитация",
                        "Реабилитационные занятия",
                        "Абилитация",
                        "Комплексная реабилитация"),
                names(
                        "Курс реабилитации длится от двух до четырёх недель.",
                        "Занятия с инструктором ЛФК, массаж, физиотерапия, работа с психологом.",
                        "Составляем индивидуальную программу реабилитации с учётом ИПРА.",
                        "Обучаем родственников навыкам ухода и реабилитации дома."),
                names("medical", "pedagogical", "psychological"),
                names("semi-residential", "residential"),
                names("disabilities", "children-youth", "veterans"),
                0.6),
        new Kind(
                names(
                        "Психологическая помощь",
                        "Консультации психолога",
                        "Психологическая поддержка",
                        "Группа психологической поддержки",
                        "Психологическое консультирование"),
                names(
                        "Психолог поможет справиться с тревогой, потерей близкого, насилием.",
                        "Индивидуальные и семейные консультации, группы взаимной поддержки.",
                        "Работаем очно и по видеосвязи, анонимно.",
                        "Помогаем подросткам и родителям наладить отношения."),
                names("psychological"),
                names("semi-residential"),
                names("crisis", "families-with-children", "veterans", "children-youth"),
                0.8),
        new Kind(
                names("Социальное такси", "Перевозка маломобильных граждан", "Транспорт для инвалидов"),
                names(
                        "Автомобиль с подъёмником для инвалидной коляски.",
                        "Возим в поликлиники, больницы, центры реабилитации и МФЦ.",
                        "Заказ поездки по телефону не позднее чем за сутки."),
                names("household", "urgent"),
                names("semi-residential"),
                names("disabilities", "older-people"),
                0.5),
        new Kind(
                names("Услуги сиделки", "Патронаж", "Патронажная служба", "Сиделка на дому"),
                names(
                        "Сиделка ухаживает за лежачими больными, помогает с гигиеной и питанием.",
                        "Патронажная сестра делает перевязки, измеряет давление, следит за приёмом лекарств.",
                        "Дежурство днём и ночью, замена на время отпуска родственников."),
                names("household", "medical"),
                names("home"),
                names("older-people", "disabilities"),
                0.3),
        new Kind(
                names("Ночлег", "Социальная гостиница", "Временное жильё", "Приют", "Ночлежка"),
                names(
                        "Предоставляем койко-место, постельное бельё, душ и горячее питание.",
                        "Помогаем восстановить документы и найти работу.",
                        "Принимаем без регистрации, в вечернее время с 18 до 22 часов."),
                names("urgent", "household"),
                names("residential"),
                names("homeless", "crisis"),
                0.9),
        new Kind(
                names("Вещевая помощь", "Пункт выдачи одежды", "Выдача одежды и обуви", "Благотворительный магазин"),
                names(
                        "Выдаём одежду, обувь и средства гигиены по предъявлении документов.",
                        "Принимаем вещи от жителей в хорошем состоянии.",
                        "Детская одежда, школьная форма, зимние куртки и сапоги."),
                names("urgent"),
                names("semi-residential"),
                names("families-with-children", "homeless", "crisis", "migrants"),
                0.95),
        new Kind(
                names(
                        "Помощь в трудоустройстве",
                        "Профессиональное обучение",
                        "Курсы переподготовки",
                        "Сопровождаемое трудоустройство"),
                names(
                        "Помогаем составить резюме и подготовиться к собеседованию.",
                        "Подбираем вакансии с учётом ограничений здоровья.",
                        "Обучение профессиям швеи, повара, оператора ЭВМ."),
                names("labour"),
                names("semi-residential"),
                names("disabilities", "migrants", "veterans", "crisis"),
                0.8),
        new Kind(
                names(
                        "Курсы компьютерной грамотности",
                        "Школа компьютерной грамотности",
                        "Обучение работе с Госуслугами",
                        "Финансовая грамотность"),
                names(
                        "Учим пользоваться смартфоном, интернетом, Госуслугами и онлайн-банком.",
                        "Занятия проходят в группах по пять человек, два раза в неделю.",
                        "Рассказываем, как распознать телефонных мошенников."),
                names("communication", "pedagogical"),
                names("semi-residential"),
                names("older-people", "disabilities"),
                0.9),
        new Kind(
                names("Клуб общения", "Клуб по интересам", "Досуговые занятия", "Серебряный университет"),
                names(
                        "Встречи, экскурсии, мастер-классы и праздники для всей семьи.",
                        "Хор, скандинавская ходьба, рукоделие, настольные игры.",
                        "Приглашаем всех, кто хочет общаться и узнавать новое."),
                names("communication"),
                names("semi-residential"),
                names("older-people", "disabilities", "veterans"),
                0.9),
        new Kind(
                names("Занятия с логопедом", "Коррекционные занятия", "Ранняя помощь", "Занятия с дефектологом"),
                names(
                        "Логопед и дефектолог занимаются с ребёнком индивидуально.",
                        "Специалисты учат родителей заниматься с ребёнком дома.",
                        "Служба ранней помощи для детей до трёх лет."),
                names("pedagogical", "medical"),
                names("semi-residential", "home"),
                names("children-youth", "families-with-children", "disabilities"),
                0.6),
        new Kind(
                names(
                        "Прокат технических средств реабилитации",
                        "Пункт проката колясок",
                        "Прокат инвалидных колясок",
                        "Прокат ТСР"),
                names(
                        "Выдаём во временное пользование коляски, ходунки, костыли, функциональные кровати.",
                        "Срок проката до шести месяцев, нужен паспорт и справка МСЭ.",
                        "Доставка тяжёлых средств реабилитации на дом."),
                names("medical"),
                names("semi-residential"),
                names("disabilities", "older-people"),
                0.7),
        new Kind(
                names(
                        "Помощь пострадавшим от домашнего насилия",
                        "Кризисное отделение для женщин",
                        "Телефон доверия",
                        "Кризисный центр"),
                names(
                        "Временное проживание для женщин с детьми, пострадавших от насилия в семье.",
                        "Круглосуточный телефон доверия, анонимно.",
                        "Психолог и юрист помогают выйти из кризисной ситуации."),
                names("psychological", "urgent", "legal"),
                names("residential", "semi-residential"),
                names("crisis", "families-with-children"),
                1.0),
        new Kind(
                names("Лечебная физкультура", "Адаптивная физкультура", "Скандинавская ходьба", "Бассейн"),
                names(
                        "Занятия с инструктором по адаптивной физкультуре.",
                        "Группы для людей после инсульта и с заболеваниями суставов.",
                        "Нужна справка от врача об отсутствии противопоказаний."),
                names("medical"),
                names("semi-residential"),
                names("older-people", "disabilities"),
                0.6),
        new Kind(
                names("Группа дневного пребывания", "Отделение дневного пребывания", "Дневной стационар"),
                names(
                        "Пребывание с 9 до 17 часов, трёхразовое питание, досуг.",
                        "Заезды по 21 дню, запись в отделении.",
                        "Лечебная физкультура, кружки, беседы с психологом."),
                names("household", "communication", "medical"),
                names("semi-residential"),
                names("older-people", "children-youth", "disabilities"),
                0.4),
        new Kind(
                names(
                        "Стационарное обслуживание",
                        "Дом-интернат для престарелых и инвалидов",
                        "Пансионат для пожилых",
                        "Психоневрологический интернат"),
                names(
                        "Круглосуточный уход, пятиразовое питание, медицинское наблюдение.",
                        "Проживание в комнатах на двух-трёх человек.",
                        "Оплата до 75 процентов пенсии по договору."),
                names("household", "medical"),
                names("residential"),
                names("older-people", "disabilities"),
                0.1),
        new Kind(
                names("Курсы русского языка", "Адаптация мигрантов", "Помощь мигрантам с документами"),
                names(
                        "Бесплатные курсы русского языка для взрослых и детей.",
                        "Помогаем с патентом, регистрацией и устройством детей в школу.",
                        "Консультации на таджикском, узбекском и киргизском языках."),
                names("pedagogical", "legal"),
                names("semi-residential"),
                names("migrants"),
                0.9),
        new Kind(
                names(
                        "Помощь в оформлении пособий",
                        "Консультации по мерам социальной поддержки",
                        "Социальный контракт",
                        "Помощь в оформлении документов"),
                names(
                        "Помогаем оформить документы и записаться к врачу.",
                        "Объём помощи зависит от дохода семьи и числа детей.",
                        "Нужен паспорт, СНИЛС и справка о составе семьи."),
                names("legal", "urgent"),
                names("semi-residential"),
                names("families-with-children", "crisis", "older-people"),
                1.0),
        new Kind(
                names("Летний лагерь", "Оздоровительный отдых детей", "Летняя площадка", "Смена в загородном лагере"),
                names(
                        "Смены по 14 и 21 дню в летние каникулы.",
                        "Путёвки для детей из малоимущих и многодетных семей.",
                        "Спортивные игры, походы, творческие мастерские."),
                names("pedagogical"),
                names("residential", "semi-residential"),
                names("children-youth", "families-with-children"),
                0.5),
        new Kind(
                names("Реабилитация зависимых", "Группа поддержки для созависимых", "Помощь при алкогольной зависимости"),
                names(
                        "Программа «12 шагов», консультации нарколога и психолога.",
                        "Поддержка родственников людей с зависимостью.",
                        "Реабилитационный центр за городом, срок от трёх месяцев."),
                names("psychological", "medical"),
                names("residential", "semi-residential"),
                names("crisis"),
                0.5),
        new Kind(
                names("Услуги сурдопереводчика", "Школа для слабовидящих", "Тифлокомментирование", "Клуб незрячих"),
                names(
                        "Сурдопереводчик сопровождает в поликлинику, суд, МФЦ.",
                        "Обучение шрифту Брайля и ориентированию с тростью.",
                        "Учим пользоваться экранным чтецом на смартфоне."),
                names("communication"),
                names("semi-residential"),
                names("disabilities"),
                0.9),
        new Kind(
                names(
                        "Поддержка участников СВО и их семей",
                        "Социальный координатор для семей участников СВО",
                        "Помощь семьям мобилизованных"),
                names(
                        "Социальный координатор сопровождает семью и помогает получить положенные выплаты.",
                        "Психологическая поддержка жён, матерей и детей участников специальной военной операции.",
                        "Помогаем оформить статус ветерана боевых действий."),
                names("psychological", "legal"),
                names("semi-residential"),
                names("veterans", "families-with-children"),
                1.0)
    };

    /** How each category is named after a service's name, in the forms people write. */
    private static final String[][] RECIPIENTS = {
        {
            "older-people",
            "пожилым людям",
            "для пожилых людей",
            "пожилых граждан",
            "пенсионерам",
            "для пенсионеров",
            "гражданам старшего возраста",
            "для людей старшего поколения"
        },
        {
            "disabilities",
            "людям с инвалидностью",
            "для инвалидов",
            "инвалидам",
            "для людей с ОВЗ",
            "колясочникам",
            "для маломобильных граждан",
            "слабовидящим",
            "для глухих и слабослышащих"
        },
        {
            "families-with-children",
            "семьям с детьми",
            "для многодетных семей",
            "для семей с детьми",
            "многодетным семьям",
            "молодым мамам",
            "для одиноких родителей",
            "малоимущим семьям"
        },
        {
            "children-youth",
            "детям",
            "для детей",
            "подросткам",
            "для детей-инвалидов",
            "для молодёжи",
            "детям с ОВЗ"
        },
        {
            "veterans",
            "ветеранам",
            "для ветеранов",
            "участникам СВО",
            "для ветеранов боевых действий",
            "ветеранам труда"
        },
        {"homeless", "людям без жилья", "для бездомных", "людям без определённого места жительства", "бездомным"},
        {"migrants", "мигрантам", "для мигрантов", "вынужденным переселенцам", "для беженцев", "иностранным гражданам"
        },
        {
            "crisis",
            "людям в трудной жизненной ситуации",
            "для малоимущих",
            "пострадавшим от насилия",
            "освободившимся из мест лишения свободы",
            "для людей с зависимостью"
        }
    };

    /** The names of the 442-ФЗ types and the categories, as the listings put them into the keywords. */
    private static final String[][] CODE_NAMES = {
        {"household", "социально-бытовые услуги"},
        {"medical", "социально-медицинские услуги"},
        {"psychological", "социально-психологические услуги"},
        {"pedagogical", "социально-педагогические услуги"},
        {"labour", "социально-трудовые услуги"},
        {"legal", "социально-правовые услуги"},
        {"communication", "повышение коммуникативного потенциала"},
        {"urgent", "срочные социальные услуги"},
        {"older-people", "пожилые люди"},
        {"disabilities", "люди с инвалидностью"},
        {"families-with-children", "семьи с детьми"},
        {"children-youth", "дети и молодёжь"},
        {"veterans", "ветераны"},
        {"homeless", "люди без жилья"},
        {"migrants", "мигранты и вынужденные переселенцы"},
        {"crisis", "люди в трудной жизненной ситуации"}
    };

    private static final String[] GENERAL = {
        "Работаем без выходных, запись по телефону.",
        "Приём ведётся по понедельникам и четвергам с 10 до 16 часов.",
        "Услуга предоставляется по заявлению в центр социального обслуживания.",
        "Для получения помощи обратитесь к специалисту по социальной работе.",
        "Помощь оказывают волонтёры и сотрудники организации.",
        "Вход оборудован пандусом, есть кнопка вызова персонала.",
        "Запись через Госуслуги или по электронной почте.",
        "Проект реализуется при поддержке Фонда президентских грантов.",
        "Предварительная запись обязательна.",
        "Выезжаем в отдалённые сёла и посёлки округа.",
        "При себе иметь паспорт и СНИЛС.",
        "Сотрудники прошли обучение по работе с людьми с инвалидностью.",
        "Можно прийти с сопровождающим.",
        "Оплата по тарифам, утверждённым Правительством Кузбасса, для льготников бесплатно."
    };

    private static final String[] ORGANIZATION_FORMS = {
        "АНО «%s»",
        "АНО социального обслуживания «%s»",
        "Благотворительный фонд «%s»",
        "Фонд помощи «%s»",
        "Региональная общественная организация «%s»",
        "Местная общественная организация «%s»",
        "Центр социальной помощи «%s»",
        "Ассоциация «%s»",
        "Добровольческое движение «%s»",
        "Православная служба милосердия «%s»"
    };

    private static final String[] ORGANIZATION_WORDS = {
        "Забота", "Доброе сердце", "Радуга", "Опора", "Надежда", "Милосердие", "Рука помощи", "Вера", "Свет",
        "Берегиня", "Родник", "Кузбасс добрый", "Солнечный круг", "Открытые сердца", "Мир без границ", "Защита",
        "Ступени", "Дорога к дому", "Возрождение", "Семья", "Единство", "Исток", "Ковчег", "Гармония",
        "Точка опоры", "Тёплый дом", "Добро", "Луч", "Созвездие", "Живая нить", "Сибирский характер",
        "Серебряный возраст", "Время помогать", "Шаг навстречу", "Вместе", "Ангел", "Покров", "Лучик", "Свеча",
        "Наш дом", "Равные возможности", "Преодоление", "Маяк", "Росток", "Второе дыхание"
    };

    private static final String[] STATE_FORMS = {
        "ГБУ «Комплексный центр социального обслуживания населения, %s»",
        "МБУ «Центр социальной помощи семье и детям, %s»",
        "Управление социальной защиты населения, %s",
        "Местное отделение Всероссийского общества инвалидов, %s",
        "Совет ветеранов, %s"
    };

    private static final String[] STREETS = {
        "ул. Ленина", "пр. Советский", "ул. Кирова", "ул. Мира", "ул. Садовая", "ул. Школьная", "пр. Строителей",
        "ул. Шахтёров", "ул. Горького", "ул. Пушкина", "ул. Весенняя", "ул. Новая", "ул. Молодёжная"
    };

    private final Random random;
    private final List<Municipality> municipalities;
    private final double totalWeight;
    private final Map<Long, Organization> owners = new HashMap<>();

    DirectoryGenerator(List<Municipality> municipalities, long seed) {
        this.random = new Random(seed);
        this.municipalities = municipalities;
        this.totalWeight =
                municipalities.stream().mapToDouble(Municipality::weight).sum();
    }

    /** The organizations, each with an office near its municipality's centre. */
    List<Organization> organizations(int count) {
        List<Organization> organizations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Municipality municipality = municipality(i < municipalities.size() ? i : -1);
            String name = random.nextInt(8) == 0
                    ? String.format(pick(STATE_FORMS), municipality.centre())
                    : String.format(pick(ORGANIZATION_FORMS), pick(ORGANIZATION_WORDS))
                            + (random.nextBoolean() ? "" : " (" + municipality.centre() + ")");
            organizations.add(new Organization(i + 1, name, municipality, near(municipality, 0.04)));
        }
        return organizations;
    }

    /** The services, given by organizations picked at random (so some have one service, some a dozen). */
    List<IndexedService> services(List<Organization> organizations, int count) {
        List<IndexedService> services = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // every organization gives at least one service; the rest go to random ones
            Organization organization = i < organizations.size()
                    ? organizations.get(i)
                    : organizations.get(random.nextInt(organizations.size()));
            services.add(service(i + 1, organization));
        }
        return services;
    }

    /** The organization that gives the service (of the last {@link #services(List, int)}). */
    Organization owner(IndexedService service) {
        return owners.get(service.id());
    }

    private IndexedService service(long id, Organization organization) {
        owners.put(id, organization);
        Kind kind = KINDS[random.nextInt(KINDS.length)];
        Set<String> categories = new LinkedHashSet<>();
        categories.add(pick(kind.categories()));
        if (random.nextInt(3) == 0) {
            categories.add(pick(kind.categories()));
        }
        String category = categories.iterator().next();
        StringBuilder name = new StringBuilder(pick(kind.names()));
        if (random.nextInt(10) < 6) {
            name.append(' ').append(recipient(category));
        }
        if (random.nextInt(10) == 0) {
            name.append(" в ").append(organization.municipality().centre());
        }
        Set<String> types = new LinkedHashSet<>();
        types.add(pick(kind.types()));
        if (random.nextBoolean()) {
            types.add(pick(kind.types()));
        }
        Set<String> municipalityCodes = new LinkedHashSet<>();
        municipalityCodes.add(organization.municipality().code());
        if (random.nextInt(10) == 0) {
            municipalityCodes.add(municipality(-1).code());
        }
        boolean free = random.nextDouble() < kind.free();
        List<GeoPoint> locations = new ArrayList<>();
        locations.add(random.nextInt(3) == 0 ? organization.office() : near(organization.municipality(), 0.05));
        if (random.nextInt(5) == 0) {
            locations.add(near(organization.municipality(), 0.08));
        }
        String address = organization.municipality().centre() + ", " + pick(STREETS) + ", "
                + (1 + random.nextInt(150));
        return new IndexedService(
                id,
                name.toString(),
                description(kind, category, free, organization.municipality()),
                organization.name(),
                keywords(types, categories, address),
                municipalityCodes,
                types,
                Set.of(pick(kind.forms())),
                categories,
                languages(),
                free,
                random.nextInt(10) < 6,
                locations);
    }

    private String description(Kind kind, String category, boolean free, Municipality municipality) {
        List<String> sentences = new ArrayList<>();
        int own = 2 + random.nextInt(kind.sentences().length - 1);
        List<String> shuffled = new ArrayList<>(List.of(kind.sentences()));
        java.util.Collections.shuffle(shuffled, random);
        sentences.addAll(shuffled.subList(0, Math.min(own, shuffled.size())));
        sentences.add(1, "Помощь " + recipient(category) + ": " + municipality.centre() + " и окрестности.");
        for (int g = random.nextInt(4); g > 0; g--) {
            sentences.add(pick(GENERAL));
        }
        sentences.add(free ? "Услуга бесплатная." : "Услуга платная, возможна частичная оплата.");
        return String.join(" ", sentences);
    }

    private static String keywords(Set<String> types, Set<String> categories, String address) {
        StringBuilder keywords = new StringBuilder();
        for (String[] codeName : CODE_NAMES) {
            if (types.contains(codeName[0]) || categories.contains(codeName[0])) {
                keywords.append(codeName[1]).append("; ");
            }
        }
        return keywords.append(address).toString();
    }

    private Set<String> languages() {
        int roll = random.nextInt(100);
        if (roll < 88) {
            return Set.of("ru");
        }
        return switch (roll) {
            case 88, 89, 90 -> Set.of("ru", "en");
            case 91, 92 -> Set.of("ru", "tg");
            case 93, 94 -> Set.of("ru", "uz");
            case 95 -> Set.of("ru", "ky");
            case 96 -> Set.of("ru", "az");
            case 97 -> Set.of("ru", "hy");
            default -> Set.of("ru", "rsl");
        };
    }

    private String recipient(String category) {
        for (String[] forms : RECIPIENTS) {
            if (forms[0].equals(category)) {
                return forms[1 + random.nextInt(forms.length - 1)];
            }
        }
        throw new IllegalArgumentException(category);
    }

    /** The municipality of the index, or one picked by weight with -1. */
    private Municipality municipality(int index) {
        if (index >= 0) {
            return municipalities.get(index);
        }
        double at = random.nextDouble() * totalWeight;
        for (Municipality municipality : municipalities) {
            at -= municipality.weight();
            if (at < 0) {
                return municipality;
            }
        }
        return municipalities.get(municipalities.size() - 1);
    }

    private GeoPoint near(Municipality municipality, double spread) {
        return new GeoPoint(
                municipality.latitude() + random.nextGaussian() * spread,
                municipality.longitude() + random.nextGaussian() * spread * 1.7);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String[] names(String... values) {
        return values;
    }
}
