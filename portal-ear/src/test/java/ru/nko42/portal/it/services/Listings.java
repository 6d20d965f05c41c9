package ru.nko42.portal.it.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.services.boundary.ExceptionRow;
import ru.nko42.portal.services.boundary.LocationForm;
import ru.nko42.portal.services.boundary.PhoneRow;
import ru.nko42.portal.services.boundary.ServiceForm;
import ru.nko42.portal.services.boundary.WeeklyHoursRow;

/** Filled-in listing forms a member could send. */
final class Listings {

    private Listings() {}

    /**
     * A partly paid home-help service in Kemerovo for older people, one place with a point, open on weekdays
     * 09:00–18:00 with a break 13:00–14:00, closed on 4 November.
     */
    static ServiceForm homeHelp(String name) {
        ServiceForm form = new ServiceForm();
        form.setName(name);
        form.setDescription("Помогаем пожилым людям дома: уборка, покупка продуктов, сопровождение к врачу.");
        form.setHowToApply("Позвоните по телефону или приходите с документами.");
        form.setEligibility("Пенсионеры и люди с инвалидностью");
        form.setMinimumAge(55);
        form.setFee(FeeKind.PARTLY_PAID);
        form.addCostOption("Час уборки", new BigDecimal("150"));
        form.setCapacity(20);
        form.setFreePlaces(3);
        form.setForms(List.of("home"));
        form.setTypes(List.of("household"));
        form.setCategories(List.of("older-people"));
        form.setServiceAreas(List.of("kemerovsky-go"));
        form.setLanguages(List.of("ru", "rsl"));
        form.setDocuments(List.of("Паспорт", "СНИЛС"));
        form.setPhones(List.of(new PhoneRow("+7 (3842) 00-00-01", "запись")));
        LocationForm place = form.addLocation();
        place.setName("Отделение социального обслуживания");
        place.setAddress("Кемерово, ул. Весенняя, 5");
        place.setMunicipality("kemerovsky-go");
        place.setLatitude(55.3547);
        place.setLongitude(86.0873);
        place.setWheelchairAccessible(true);
        place.getSchedule()
                .getRows()
                .add(new WeeklyHoursRow(
                        List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                        "09:00",
                        "18:00",
                        "13:00",
                        "14:00"));
        place.getSchedule()
                .getExceptions()
                .add(new ExceptionRow(
                        java.time.LocalDate.of(2026, 11, 4), true, null, null, "День народного единства"));
        return form;
    }

    static String marker() {
        return "услуга" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
