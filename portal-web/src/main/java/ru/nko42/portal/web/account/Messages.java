package ru.nko42.portal.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Puts a message from the portal's bundle, in the page's language, next to a field or at the top of the page. */
public final class Messages {

    private static final String BUNDLE = "ru.nko42.portal.web.i18n.messages";

    private Messages() {}

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale())
                .getString(key);
    }

    /** An error message; {@code advice}, if any, follows the message in the same text. */
    public static void error(String clientId, String key, String advice) {
        String message = advice == null || advice.isBlank() ? text(key) : text(key) + " " + advice;
        errorText(clientId, message);
    }

    /** An error message already in the reader's language (a Bean Validation message). */
    public static void errorText(String clientId, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    public static boolean has(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale())
                .containsKey(key);
    }

    /** The message under {@code key} with its placeholders filled. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(
                        text(key),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(arguments);
    }

    public static void infoText(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void info(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** Keeps messages across the redirect that follows a successful POST. */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
