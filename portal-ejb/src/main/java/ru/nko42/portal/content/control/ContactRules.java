package ru.nko42.portal.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.model.content.ContentTeamMember;

/** The rules of the contacts the site shows (a team member's, the centre's): an e-mail address and a phone number. */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,}");

    private ContactRules() {}

    /**
     * The problems of an e-mail address and a phone number, both optional, under the form fields' names; empty when
     * all is well.
     */
    public static List<FieldProblem> check(String emailField, String email, String phoneField, String phone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            if (email.strip().length() > ContentTeamMember.EMAIL_LENGTH) {
                problems.add(FieldProblem.of(emailField, "content.error.email.tooLong"));
            } else if (!EMAIL.matcher(email.strip()).matches()) {
                problems.add(FieldProblem.of(emailField, "content.error.email.invalid"));
            }
        }
        if (phone != null && !phone.isBlank()) {
            if (phone.strip().length() > ContentTeamMember.PHONE_LENGTH) {
                problems.add(FieldProblem.of(phoneField, "content.error.phone.tooLong"));
            } else if (!PHONE.matcher(phone.strip()).matches()) {
                problems.add(FieldProblem.of(phoneField, "content.error.phone.invalid"));
            }
        }
        return problems;
    }

    /** A phone number as a {@code tel:} link wants it: digits and a leading plus only; null for none. */
    public static String telLink(String phone) {
        return phone == null ? null : phone.replaceAll("[^+0-9]", "");
    }
}
