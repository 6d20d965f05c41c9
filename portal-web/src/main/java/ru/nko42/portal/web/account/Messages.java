package ru.nko42.portal.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
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
        markInvalid(context, clientId);
    }

    /**
     * An invalid field is rendered from its submitted value; one that Faces had accepted has none left, so the
     * value it holds is written back as if submitted, or the field would show empty.
     */
    private static void keepShownValue(FacesContext context, UIInput input) {
        Object value = input.getValue();
        if (input.getSubmittedValue() != null || value == null || input instanceof UISelectMany) {
            return;
        }
        Converter<Object> converter = input.getConverter();
        input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, input, value));
    }

    /** A field refused by the service is marked like one refused by Faces: {@code aria-invalid}, red border. */
    private static void markInvalid(FacesContext context, String clientId) {
        if (clientId != null && context.getViewRoot().findComponent(":" + clientId) instanceof UIInput input) {
            input.setValid(false);
        }
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
