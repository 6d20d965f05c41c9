package ru.nko42.portal.mail.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.nko42.portal.mail.boundary.OutgoingMail;

/**
 * Mails written from a bundle of texts: {@code mail.KIND.subject} and {@code mail.KIND.text}, both message formats
 * over the same arguments, in the recipient's language. The bundle's base file is English and {@code _ru} Russian;
 * a recipient without a language reads Russian.
 */
public final class MailTexts {

    private final String bundle;
    private final ClassLoader loader;

    public MailTexts(String bundle, ClassLoader loader) {
        this.bundle = bundle;
        this.loader = loader;
    }

    public OutgoingMail compose(String to, String language, String kind, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(
                bundle,
                Locale.forLanguageTag(language == null || language.isBlank() ? "ru" : language),
                loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = "mail." + kind;
        return new OutgoingMail(
                to,
                MessageFormat.format(texts.getString(key + ".subject"), oneLine(arguments)),
                MessageFormat.format(texts.getString(key + ".text"), arguments));
    }

    /** Arguments as a subject may carry them: a subject is one line. */
    private static Object[] oneLine(Object[] arguments) {
        Object[] line = arguments.clone();
        for (int i = 0; i < line.length; i++) {
            if (line[i] instanceof String text) {
                line[i] = text.replaceAll("[\\r\\n]+", " ");
            }
        }
        return line;
    }
}
