package ru.nko42.portal.report.control;

import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.model.report.CitizenReport;
import ru.nko42.portal.report.boundary.InvalidReportException;
import ru.nko42.portal.report.boundary.ReportForm;

/**
 * Tidies and checks what a citizen typed: line breaks become {@code \n} (a browser sends {@code \r\n}, which would
 * count twice against the limit), control characters go, surrounding spaces go; the text is required, the contact
 * is one line, and each has its limit. Nothing else is changed: the text is kept as plain text and escaped where it
 * is shown.
 */
public final class ReportRules {

    private ReportRules() {}

    /** What is kept of a valid report; a contact left empty is none. */
    public record CleanReport(String text, String contact) {}

    public static CleanReport check(ReportForm form) {
        String text = text(form.getText());
        String contact = oneLine(form.getContact());
        List<FieldProblem> problems = new ArrayList<>();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of("text", "report.error.text.required"));
        } else if (text.length() > CitizenReport.TEXT_LENGTH) {
            problems.add(FieldProblem.of("text", "report.error.text.tooLong"));
        }
        if (contact.length() > CitizenReport.CONTACT_LENGTH) {
            problems.add(FieldProblem.of("contact", "report.error.contact.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        return new CleanReport(text, contact.isEmpty() ? null : contact);
    }

    /** Whether a robot filled in the field people do not see. */
    public static boolean isTrapped(ReportForm form) {
        return form.getHoneypot() != null && !form.getHoneypot().isBlank();
    }

    static String text(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .strip();
    }

    static String oneLine(String typed) {
        return text(typed).replaceAll("\\s+", " ");
    }
}
