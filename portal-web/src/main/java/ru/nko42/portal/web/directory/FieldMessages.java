package ru.nko42.portal.web.directory;

import java.util.List;
import ru.nko42.portal.directory.boundary.FieldProblem;
import ru.nko42.portal.web.account.Messages;

/** Shows the problems of a refused form next to their fields, and one line at the top that says to look there. */
final class FieldMessages {

    private FieldMessages() {}

    static void show(String form, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String clientId = form + ":" + problem.field();
            if (problem.text() != null) {
                Messages.errorText(clientId, problem.text());
            } else {
                Messages.error(clientId, problem.messageKey(), null);
            }
        }
        Messages.error(null, "profile.error.summary", null);
    }
}
