package ru.nko42.portal.web.services;

import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.web.account.Messages;

/**
 * Shows the problems of a refused listing next to their fields: a field's path in the form
 * ({@code locations[0].schedule.rows[1].closes}) is the client id of its input in the editor
 * ({@code service:locations:0:schedule:rows:1:closes}), since the editor names its repeats and inputs after the
 * form's properties; a plain list entry ({@code documents[2]}) is the input {@code value} of its row.
 */
final class ServiceFieldIds {

    private ServiceFieldIds() {}

    static String clientId(String form, String field) {
        String id = field.replaceAll("\\[(\\d+)]", ":$1").replace('.', ':');
        if (id.matches(".*:\\d+$")) {
            id = id + ":value";
        }
        return form + ":" + id;
    }

    static void show(String form, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String clientId = clientId(form, problem.field());
            if (problem.text() != null) {
                Messages.errorText(clientId, problem.text());
            } else {
                Messages.error(clientId, problem.messageKey(), null);
            }
        }
        Messages.error(null, "service.error.summary", null);
    }
}
