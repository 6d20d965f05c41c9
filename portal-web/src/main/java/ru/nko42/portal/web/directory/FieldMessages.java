package ru.nko42.portal.web.directory;

import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.web.account.Messages;

/** Shows the problems of a refused form next to their fields, and one line at the top that says to look there. */
public final class FieldMessages {

    private FieldMessages() {}

    static void show(String form, List<FieldProblem> problems) {
        show(form, problems, "profile.error.summary");
    }

    /** The problems next to the fields of {@code form}, and the message under {@code summaryKey} at the top. */
    public static void show(String form, List<FieldProblem> problems, String summaryKey) {
        for (FieldProblem problem : problems) {
            String clientId = form + ":" + problem.field();
            if (problem.text() != null) {
                Messages.errorText(clientId, problem.text());
            } else {
                Messages.error(clientId, problem.messageKey(), null);
            }
        }
        Messages.error(null, summaryKey, null);
    }
}
