package ru.nko42.portal.moderation.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.mail.boundary.OutgoingMail;
import ru.nko42.portal.mail.control.MailTexts;
import ru.nko42.portal.model.common.Bilingual;

/**
 * The moderator's daily digest as a mail in the moderator's language: each new item with its kind, title,
 * municipality and link (at most {@value #MAX_ITEMS}, then how many more), and how many wait in all.
 */
public final class DigestMail {

    /** The longest list a digest carries; the queue shows the rest. */
    public static final int MAX_ITEMS = 50;

    static final String BUNDLE = "ru.nko42.portal.moderation.control.ModerationMail";
    private static final MailTexts TEXTS = new MailTexts(BUNDLE, DigestMail.class.getClassLoader());

    private DigestMail() {}

    /** One new item as the digest lists it; no municipality means a region-wide item. */
    public record Item(long id, String kind, String title, String municipalityRu, String municipalityEn) {}

    public static OutgoingMail compose(String to, String language, List<Item> fresh, long waiting) {
        Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? "ru" : language);
        ResourceBundle texts = texts(locale);
        String list = fresh.stream()
                .limit(MAX_ITEMS)
                .map(item -> line(texts, locale, item))
                .collect(Collectors.joining("\n\n"));
        if (fresh.size() > MAX_ITEMS) {
            list += "\n\n" + MessageFormat.format(texts.getString("digest.more"), fresh.size() - MAX_ITEMS);
        }
        return TEXTS.compose(to, language, "DIGEST", fresh.size(), list, waiting, PortalAddress.of("/moderation"));
    }

    private static String line(ResourceBundle texts, Locale locale, Item item) {
        String kind = texts.containsKey("kind." + item.kind()) ? texts.getString("kind." + item.kind()) : item.kind();
        String municipality = item.municipalityRu() == null
                ? texts.getString("digest.regionWide")
                : Bilingual.pick(locale, item.municipalityRu(), item.municipalityEn());
        return MessageFormat.format(
                texts.getString("digest.item"),
                kind,
                item.title(),
                municipality,
                PortalAddress.of("/moderation/item?id=" + item.id()));
    }

    /** The texts as {@link MailTexts} picks them: Russian for "ru" or no language, English otherwise. */
    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale,
                DigestMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
