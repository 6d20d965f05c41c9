package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;

class DetailsCleanerTest {

    @Test
    void stripsTextAndTurnsEmptyTextIntoNoValue() {
        OrganizationDetails typed = new OrganizationDetails();
        typed.setFullName("  Фонд «Забота»\t");
        typed.setShortName("   ");
        typed.setPostalAddress("\n650000, Кемерово, ул. Весенняя, 5 \n");
        typed.setPhone("");
        typed.setEmail(" info@zabota.example ");
        typed.setWebsite(" https://zabota.example ");
        typed.setVkLink(" ");
        typed.setTelegramLink(" https://t.me/zabota ");
        typed.setOkLink("\t");
        typed.setHeadName(" Иванова Анна ");
        typed.setDescription("  Помогаем.\n\nКаждый день.  ");

        OrganizationDetails clean = DetailsCleaner.cleaned(typed);

        assertThat(clean.getFullName()).isEqualTo("Фонд «Забота»");
        assertThat(clean.getShortName()).isNull();
        assertThat(clean.getPostalAddress()).isEqualTo("650000, Кемерово, ул. Весенняя, 5");
        assertThat(clean.getPhone()).isNull();
        assertThat(clean.getEmail()).isEqualTo("info@zabota.example");
        assertThat(clean.getWebsite()).isEqualTo("https://zabota.example");
        assertThat(clean.getVkLink()).isNull();
        assertThat(clean.getTelegramLink()).isEqualTo("https://t.me/zabota");
        assertThat(clean.getOkLink()).isNull();
        assertThat(clean.getHeadName()).isEqualTo("Иванова Анна");
        assertThat(clean.getDescription()).as("inner line breaks stay").isEqualTo("Помогаем.\n\nКаждый день.");
    }

    @Test
    void registrationNumbersLoseTheSpacesAndHyphensBetweenDigitGroups() {
        OrganizationDetails typed = new OrganizationDetails();
        typed.setInn(" 7707 083 893 ");
        typed.setOgrn("1-027-700-132-195");
        typed.setKpp("7701 aa 001");

        OrganizationDetails clean = DetailsCleaner.cleaned(typed);

        assertThat(clean.getInn()).isEqualTo("7707083893");
        assertThat(clean.getOgrn()).isEqualTo("1027700132195");
        assertThat(clean.getKpp())
                .as("a KPP may hold letters, kept in capitals")
                .isEqualTo("7701AA001");
    }

    @Test
    void emptyNumbersBecomeNoValue() {
        OrganizationDetails typed = new OrganizationDetails();
        typed.setInn("  ");
        typed.setOgrn(" - ");
        typed.setKpp("");

        OrganizationDetails clean = DetailsCleaner.cleaned(typed);

        assertThat(clean.getInn()).isNull();
        assertThat(clean.getOgrn()).isNull();
        assertThat(clean.getKpp()).isNull();
    }

    @Test
    void anNgoLosesTheFieldsOnlyATosHas() {
        OrganizationDetails typed = tosFields();
        typed.setKind(OrganizationKind.NGO);

        OrganizationDetails clean = DetailsCleaner.cleaned(typed);

        assertThat(clean.getTosTerritory()).isNull();
        assertThat(clean.getTosResidents()).isNull();
        assertThat(clean.getTosFoundingMeeting()).isNull();
        assertThat(clean.isTosLegalEntity()).isFalse();
        assertThat(clean.getTosChairman()).isNull();
        assertThat(clean.getFullName()).isEqualTo("ТОС «Ягуновский»");
    }

    @Test
    void aTosKeepsItsOwnFieldsTidied() {
        OrganizationDetails typed = tosFields();

        OrganizationDetails clean = DetailsCleaner.cleaned(typed);

        assertThat(clean.getTosTerritory()).isEqualTo("улицы Весенняя и Садовая");
        assertThat(clean.getTosResidents()).isEqualTo(1200);
        assertThat(clean.getTosFoundingMeeting()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(clean.isTosLegalEntity()).isTrue();
        assertThat(clean.getTosChairman()).isEqualTo("Петров Пётр");
    }

    @Test
    void leavesWhatWasTypedUntouched() {
        OrganizationDetails typed = tosFields();
        typed.setKind(OrganizationKind.NGO);
        typed.setInn(" 7707 083893");

        DetailsCleaner.cleaned(typed);

        assertThat(typed.getInn()).isEqualTo(" 7707 083893");
        assertThat(typed.getTosTerritory()).isEqualTo(" улицы Весенняя и Садовая ");
        assertThat(typed.isTosLegalEntity()).isTrue();
    }

    @Test
    void cleansASingleValueForOtherForms() {
        assertThat(TextCleaner.text(null)).isNull();
        assertThat(TextCleaner.text(" \t\n ")).isNull();
        assertThat(TextCleaner.text(" Дети ")).isEqualTo("Дети");
        assertThat(TextCleaner.number(null)).isNull();
        assertThat(TextCleaner.number(" - ")).as("a dash typed for none").isNull();
        assertThat(TextCleaner.number("–")).as("not a separator").isEqualTo("–");
    }

    private static OrganizationDetails tosFields() {
        OrganizationDetails typed = new OrganizationDetails();
        typed.setKind(OrganizationKind.TOS);
        typed.setFullName(" ТОС «Ягуновский» ");
        typed.setTosTerritory(" улицы Весенняя и Садовая ");
        typed.setTosResidents(1200);
        typed.setTosFoundingMeeting(LocalDate.of(2015, 3, 1));
        typed.setTosLegalEntity(true);
        typed.setTosChairman("  Петров Пётр ");
        return typed;
    }
}
