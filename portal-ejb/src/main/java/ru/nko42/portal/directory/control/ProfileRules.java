package ru.nko42.portal.directory.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * The rules of a profile that one field alone cannot tell, checked on the server whatever the page did: numbers
 * required for a legal entity and consistent with each other, a point inside Kuzbass, a founding year not in the
 * future. Field formats are the Bean Validation constraints of {@link OrganizationDetails}, checked here too.
 */
public final class ProfileRules {

    /** The box around the Kemerovo region, with a margin: a point outside it is a slip of the mouse. */
    static final double SOUTH = 51.5;

    static final double NORTH = 57.5;
    static final double WEST = 83.5;
    static final double EAST = 90.5;
    static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    private final Validator validator;
    private final Clock clock;

    public ProfileRules(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    public List<FieldProblem> check(OrganizationDetails details, String municipalityCode, String legalFormCode) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<OrganizationDetails> violation : validator.validate(details)) {
            problems.add(FieldProblem.constraint(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (blank(municipalityCode)) {
            problems.add(FieldProblem.of("municipality", "profile.error.municipality.required"));
        }
        if (blank(legalFormCode)) {
            problems.add(FieldProblem.of("legalForm", "profile.error.legalForm.required"));
        }
        checkRegistration(details, problems);
        checkPoint(details, problems);
        Integer year = details.getYearFounded();
        if (year != null && year > LocalDate.now(clock.withZone(KUZBASS)).getYear()) {
            problems.add(FieldProblem.of("yearFounded", "profile.error.yearFounded.future"));
        }
        if (details.getKind() == OrganizationKind.TOS && blank(details.getTosTerritory())) {
            problems.add(FieldProblem.of("tosTerritory", "profile.error.tosTerritory.required"));
        }
        return problems;
    }

    private static void checkRegistration(OrganizationDetails details, List<FieldProblem> problems) {
        String inn = details.getInn();
        String ogrn = details.getOgrn();
        if (details.isLegalEntity()) {
            if (blank(inn)) {
                problems.add(FieldProblem.of("inn", "profile.error.inn.required"));
            }
            if (blank(ogrn)) {
                problems.add(FieldProblem.of("ogrn", "profile.error.ogrn.required"));
            }
            if (!blank(inn) && inn.length() == 10 && blank(details.getKpp())) {
                problems.add(FieldProblem.of("kpp", "profile.error.kpp.required"));
            }
        }
        // A number of no valid length is its own constraint's problem, not a mismatch as well.
        boolean lengthsValid = !blank(inn)
                && !blank(ogrn)
                && (inn.length() == 10 || inn.length() == 12)
                && (ogrn.length() == 13 || ogrn.length() == 15);
        if (lengthsValid) {
            boolean organization = inn.length() == 10 && ogrn.length() == 13;
            boolean individual = inn.length() == 12 && ogrn.length() == 15;
            if (!organization && !individual) {
                problems.add(FieldProblem.of("ogrn", "profile.error.ogrn.mismatch"));
            }
        }
        if (!blank(inn) && inn.length() == 12 && !blank(details.getKpp())) {
            problems.add(FieldProblem.of("kpp", "profile.error.kpp.individual"));
        }
    }

    private static void checkPoint(OrganizationDetails details, List<FieldProblem> problems) {
        Double lat = details.getLatitude();
        Double lon = details.getLongitude();
        if ((lat == null) != (lon == null)) {
            problems.add(FieldProblem.of("latitude", "profile.error.point.incomplete"));
        } else if (lat != null && (lat < SOUTH || lat > NORTH || lon < WEST || lon > EAST)) {
            problems.add(FieldProblem.of("latitude", "profile.error.point.outside"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
