package ru.nko42.portal.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Puts a message from the portal's bundle, in the page's language, next to a field or at the top of the page. */
final class Messages {

    private static final String BUNDLE = "ru.nko42.portal.web.i18n.messages";

    private Messages() {}

    static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale())
                .getString(key);
    }

    /** An error message; {@code advice}, if any, follows the message in the same text. */
    static void error(String clientId, String key, String advice) {
        String message = advice == null || advice.isBlank() ? text(key) : text(key) + " " + advice;
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    static void info(String key) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** Keeps messages across the redirect that follows a successful POST. */
    static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
