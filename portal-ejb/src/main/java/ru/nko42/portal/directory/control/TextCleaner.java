package ru.nko42.portal.directory.control;

import java.util.Locale;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * Tidies what was typed before it is checked and stored: surrounding spaces go, empty text becomes no value,
 * registration numbers lose the spaces people type between digit groups, and a TOS-only field of an NGO is dropped.
 */
public final class TextCleaner {

    private TextCleaner() {}

    static OrganizationDetails cleaned(OrganizationDetails typed) {
        OrganizationDetails d = typed.copy();
        d.setFullName(text(d.getFullName()));
        d.setShortName(text(d.getShortName()));
        d.setInn(number(d.getInn()));
        d.setOgrn(number(d.getOgrn()));
        d.setKpp(number(d.getKpp()));
        d.setPostalAddress(text(d.getPostalAddress()));
        d.setPhone(text(d.getPhone()));
        d.setEmail(text(d.getEmail()));
        d.setWebsite(text(d.getWebsite()));
        d.setVkLink(text(d.getVkLink()));
        d.setTelegramLink(text(d.getTelegramLink()));
        d.setOkLink(text(d.getOkLink()));
        d.setHeadName(text(d.getHeadName()));
        d.setDescription(text(d.getDescription()));
        d.setTosTerritory(text(d.getTosTerritory()));
        d.setTosChairman(text(d.getTosChairman()));
        if (d.getKind() != OrganizationKind.TOS) {
            d.setTosTerritory(null);
            d.setTosResidents(null);
            d.setTosFoundingMeeting(null);
            d.setTosLegalEntity(false);
            d.setTosChairman(null);
        }
        return d;
    }

    /** What was typed without surrounding spaces; empty text is no value. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A registration number without its separators; none at all when nothing else was typed (a lone dash). */
    public static String number(String value) {
        String stripped = text(value);
        String joined = stripped == null ? "" : stripped.replaceAll("[\\s\\u00A0-]", "");
        return joined.isEmpty() ? null : joined.toUpperCase(Locale.ROOT);
    }
}
