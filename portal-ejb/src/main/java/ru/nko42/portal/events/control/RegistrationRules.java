package ru.nko42.portal.events.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.nko42.portal.account.control.EmailAddress;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.events.boundary.RegistrationForm;
import ru.nko42.portal.model.events.EventRegistration;

/**
 * The rules of the registration form: a name, a valid e-mail, the consent; the organization and the phone are
 * optional, the phone checked loosely (digits with the usual signs, at least five digits).
 */
public final class RegistrationRules {

    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-.]+");

    private RegistrationRules() {}

    public static List<FieldProblem> check(RegistrationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.name() == null || form.name().isBlank()) {
            problems.add(FieldProblem.of("name", "event.registration.error.name.required"));
        } else if (form.name().strip().length() > EventRegistration.NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "event.registration.error.name.tooLong"));
        }
        if (form.organization() != null
                && form.organization().strip().length() > EventRegistration.ORGANIZATION_LENGTH) {
            problems.add(FieldProblem.of("organization", "event.registration.error.organization.tooLong"));
        }
        if (form.email() == null || form.email().isBlank()) {
            problems.add(FieldProblem.of("email", "event.registration.error.email.required"));
        } else if (!EmailAddress.isValid(EmailAddress.normalize(form.email()))) {
            problems.add(FieldProblem.of("email", "event.registration.error.email.invalid"));
        }
        if (form.phone() != null
                && !form.phone().isBlank()
                && !isPhone(form.phone().strip())) {
            problems.add(FieldProblem.of("phone", "event.registration.error.phone.invalid"));
        }
        if (!form.consent()) {
            problems.add(FieldProblem.of("consent", "event.registration.error.consent.required"));
        }
        return problems;
    }

    static boolean isPhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return phone.length() <= EventRegistration.PHONE_LENGTH
                && PHONE.matcher(phone).matches()
                && digits >= 5;
    }
}
