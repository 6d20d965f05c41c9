package ru.nko42.portal.it.directory;

import java.util.List;
import java.util.UUID;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;

/** Filled-in profile forms a representative could send: an NGO with fresh registration numbers, a TOS without. */
final class Profiles {

    private Profiles() {}

    /** An NGO in Kemerovo helping older people, with its own valid ИНН, ОГРН and КПП. */
    static ProfileForm ngo(String fullName) {
        ProfileForm form = new ProfileForm();
        OrganizationDetails details = form.getDetails();
        details.setKind(OrganizationKind.NGO);
        details.setFullName(fullName);
        details.setInn(RegistrationNumbers.inn());
        details.setOgrn(RegistrationNumbers.ogrn());
        details.setKpp(RegistrationNumbers.kpp());
        details.setDescription("Помогаем пожилым людям: доставка продуктов, сопровождение к врачу.");
        details.setEmail("info@example.org");
        form.setLegalForm("ano");
        form.setMunicipality("kemerovsky-go");
        form.setActivityAreas(List.of("social-support"));
        form.setTargetGroups(List.of("older-people"));
        return form;
    }

    /** A TOS that is not a legal entity: no registration numbers, a territory instead. */
    static ProfileForm tos(String fullName) {
        ProfileForm form = new ProfileForm();
        OrganizationDetails details = form.getDetails();
        details.setKind(OrganizationKind.TOS);
        details.setFullName(fullName);
        details.setTosTerritory("Улицы Весенняя и Кирова, дома 1-15");
        form.setLegalForm("tos");
        form.setMunicipality("kemerovsky-go");
        form.setActivityAreas(List.of("local-community"));
        form.setTargetGroups(List.of("residents"));
        return form;
    }

    /** A word no other test's names contain, to find a test's own organizations among everyone's. */
    static String marker() {
        return "метка" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
