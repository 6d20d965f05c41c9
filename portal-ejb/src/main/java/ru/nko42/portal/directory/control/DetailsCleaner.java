package ru.nko42.portal.directory.control;

import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;

/** Tidies a typed profile before it is checked and stored; a TOS-only field of an NGO is dropped. */
public final class DetailsCleaner {

    private DetailsCleaner() {}

    public static OrganizationDetails cleaned(OrganizationDetails typed) {
        OrganizationDetails d = typed.copy();
        d.setFullName(TextCleaner.text(d.getFullName()));
        d.setShortName(TextCleaner.text(d.getShortName()));
        d.setInn(TextCleaner.number(d.getInn()));
        d.setOgrn(TextCleaner.number(d.getOgrn()));
        d.setKpp(TextCleaner.number(d.getKpp()));
        d.setPostalAddress(TextCleaner.text(d.getPostalAddress()));
        d.setPhone(TextCleaner.text(d.getPhone()));
        d.setEmail(TextCleaner.text(d.getEmail()));
        d.setWebsite(TextCleaner.text(d.getWebsite()));
        d.setVkLink(TextCleaner.text(d.getVkLink()));
        d.setTelegramLink(TextCleaner.text(d.getTelegramLink()));
        d.setOkLink(TextCleaner.text(d.getOkLink()));
        d.setHeadName(TextCleaner.text(d.getHeadName()));
        d.setDescription(TextCleaner.text(d.getDescription()));
        d.setTosTerritory(TextCleaner.text(d.getTosTerritory()));
        d.setTosChairman(TextCleaner.text(d.getTosChairman()));
        if (d.getKind() != OrganizationKind.TOS) {
            d.setTosTerritory(null);
            d.setTosResidents(null);
            d.setTosFoundingMeeting(null);
            d.setTosLegalEntity(false);
            d.setTosChairman(null);
        }
        return d;
    }
}
