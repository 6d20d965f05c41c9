package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;

class ProfileRulesTest {

    /** Sberbank's numbers, valid checksums: an organization's INN, OGRN and KPP. */
    private static final String INN = "7707083893";

    private static final String OGRN = "1027700132195";
    private static final String KPP = "773601001";
    /** An individual entrepreneur's numbers, valid checksums. */
    private static final String PERSONAL_INN = "123456789047";

    private static final String OGRNIP = "307760324100018";
    private static final String MUNICIPALITY = "kemerovo";
    private static final String LEGAL_FORM = "ano";
    /** Midsummer 2025, morning in Kuzbass. */
    private static final Clock SUMMER_2025 = Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), ZoneOffset.UTC);

    private static ValidatorFactory validators;

    @BeforeAll
    static void buildValidators() {
        validators = Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(Locale.forLanguageTag("ru"))
                .buildValidatorFactory();
    }

    @AfterAll
    static void closeValidators() {
        validators.close();
    }

    @Test
    void aCompleteNgoWithRealNumbersAndAPointInKemerovoPasses() {
        OrganizationDetails ngo = ngo();
        ngo.setLatitude(55.3547);
        ngo.setLongitude(86.0873);
        ngo.setYearFounded(2025);

        assertThat(check(ngo)).isEmpty();
    }

    @Test
    void anNgoNeedsAnInnAndAnOgrn() {
        OrganizationDetails ngo = ngo();
        ngo.setInn(null);
        ngo.setKpp(null);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("inn", "profile.error.inn.required"));

        ngo.setInn(INN);
        ngo.setKpp(KPP);
        ngo.setOgrn(null);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("ogrn", "profile.error.ogrn.required"));
    }

    @Test
    void anOrganizationsInnNeedsAKpp() {
        OrganizationDetails ngo = ngo();
        ngo.setKpp(null);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("kpp", "profile.error.kpp.required"));
    }

    @Test
    void anOrganizationsInnWithAnEntrepreneursOgrnipIsAMismatch() {
        OrganizationDetails ngo = ngo();
        ngo.setOgrn(OGRNIP);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("ogrn", "profile.error.ogrn.mismatch"));
    }

    @Test
    void anEntrepreneursInnWithAnOrganizationsOgrnIsAMismatch() {
        OrganizationDetails ngo = ngo();
        ngo.setInn(PERSONAL_INN);
        ngo.setKpp(null);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("ogrn", "profile.error.ogrn.mismatch"));
    }

    @Test
    void anEntrepreneurHasNoKpp() {
        OrganizationDetails ngo = ngo();
        ngo.setInn(PERSONAL_INN);
        ngo.setOgrn(OGRNIP);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("kpp", "profile.error.kpp.individual"));
    }

    @Test
    void aBadChecksumIsReportedOnceByTheFieldsConstraintInTheValidatorsLanguage() {
        OrganizationDetails ngo = ngo();
        ngo.setInn("7707083894");

        List<FieldProblem> problems = check(ngo);

        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("inn", null));
        assertThat(problems.get(0).text()).startsWith("ИНН должен состоять из 10 цифр");
    }

    @Test
    void aNumberOfTheWrongLengthIsNotAlsoCalledAMismatch() {
        OrganizationDetails ngo = ngo();
        ngo.setInn("77070838");

        assertThat(check(ngo)).extracting(FieldProblem::field).containsExactly("inn");
    }

    @Test
    void fieldConstraintsOfTheDetailsAreChecked() {
        OrganizationDetails ngo = ngo();
        ngo.setFullName(" ");
        ngo.setEmail("not an address");
        ngo.setVkLink("https://evil.example/vk.com/x");

        assertThat(check(ngo))
                .allSatisfy(problem -> {
                    assertThat(problem.messageKey()).isNull();
                    assertThat(problem.text()).isNotBlank();
                })
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("fullName", "email", "vkLink");
    }

    @Test
    void aTosThatIsNoLegalEntityNeedsNoNumbersButItsTerritory() {
        OrganizationDetails tos = tos();
        tos.setTosTerritory(null);

        assertThat(check(tos)).containsExactly(FieldProblem.of("tosTerritory", "profile.error.tosTerritory.required"));

        tos.setTosTerritory("улицы Весенняя и Садовая");

        assertThat(check(tos)).isEmpty();
    }

    @Test
    void aTosThatIsALegalEntityNeedsItsNumbers() {
        OrganizationDetails tos = tos();
        tos.setTosLegalEntity(true);

        assertThat(check(tos))
                .containsExactlyInAnyOrder(
                        FieldProblem.of("inn", "profile.error.inn.required"),
                        FieldProblem.of("ogrn", "profile.error.ogrn.required"));

        tos.setInn(INN);
        tos.setOgrn(OGRN);
        tos.setKpp(KPP);

        assertThat(check(tos)).isEmpty();
    }

    @Test
    void aTosThatGivesNumbersAnywayHasThemChecked() {
        OrganizationDetails tos = tos();
        tos.setInn(INN);
        tos.setOgrn(OGRNIP);

        assertThat(check(tos)).containsExactly(FieldProblem.of("ogrn", "profile.error.ogrn.mismatch"));
    }

    @Test
    void aMunicipalityAndALegalFormAreRequired() {
        assertThat(new ProfileRules(validators.getValidator(), SUMMER_2025).check(ngo(), " ", null))
                .containsExactlyInAnyOrder(
                        FieldProblem.of("municipality", "profile.error.municipality.required"),
                        FieldProblem.of("legalForm", "profile.error.legalForm.required"));
    }

    @Test
    void aPointNeedsBothCoordinates() {
        OrganizationDetails onlyLatitude = ngo();
        onlyLatitude.setLatitude(55.35);
        OrganizationDetails onlyLongitude = ngo();
        onlyLongitude.setLongitude(86.09);

        assertThat(check(onlyLatitude)).containsExactly(FieldProblem.of("latitude", "profile.error.point.incomplete"));
        assertThat(check(onlyLongitude)).containsExactly(FieldProblem.of("latitude", "profile.error.point.incomplete"));
    }

    @Test
    void aPointOutsideKuzbassIsRefused() {
        OrganizationDetails moscow = ngo();
        moscow.setLatitude(55.75);
        moscow.setLongitude(37.62);
        OrganizationDetails novosibirsk = ngo();
        novosibirsk.setLatitude(55.03);
        novosibirsk.setLongitude(82.92);

        assertThat(check(moscow)).containsExactly(FieldProblem.of("latitude", "profile.error.point.outside"));
        assertThat(check(novosibirsk)).containsExactly(FieldProblem.of("latitude", "profile.error.point.outside"));
    }

    @Test
    void pointsAcrossKuzbassAreAccepted() {
        double[][] towns = {
            {53.7570, 87.1360}, // Novokuznetsk
            {56.0860, 86.0400}, // Anzhero-Sudzhensk
            {56.2100, 87.7500}, // Mariinsk
            {55.7200, 84.8900}, // Yurga
            {52.7600, 87.8700}, // Tashtagol
            {53.6900, 88.0600}, // Mezhdurechensk
        };
        for (double[] town : towns) {
            OrganizationDetails ngo = ngo();
            ngo.setLatitude(town[0]);
            ngo.setLongitude(town[1]);
            assertThat(check(ngo)).as("%s, %s", town[0], town[1]).isEmpty();
        }
    }

    @Test
    void aPointThatIsNotANumberIsRefused() {
        OrganizationDetails ngo = ngo();
        ngo.setLatitude(Double.NaN);
        ngo.setLongitude(86.09);

        assertThat(check(ngo)).extracting(FieldProblem::field).contains("latitude");
    }

    @Test
    void theFoundingYearCannotBeNextYear() {
        OrganizationDetails ngo = ngo();
        ngo.setYearFounded(2026);

        assertThat(check(ngo)).containsExactly(FieldProblem.of("yearFounded", "profile.error.yearFounded.future"));
    }

    @Test
    void theNewYearComesByKuzbassTime() {
        OrganizationDetails ngo = ngo();
        ngo.setYearFounded(2026);
        Clock newYearsNightInKuzbass = Clock.fixed(Instant.parse("2025-12-31T17:30:00Z"), ZoneOffset.UTC);
        Clock newYearsEveInKuzbass = Clock.fixed(Instant.parse("2025-12-31T16:30:00Z"), ZoneOffset.UTC);

        assertThat(new ProfileRules(validators.getValidator(), newYearsNightInKuzbass)
                        .check(ngo, MUNICIPALITY, LEGAL_FORM))
                .isEmpty();
        assertThat(new ProfileRules(validators.getValidator(), newYearsEveInKuzbass)
                        .check(ngo, MUNICIPALITY, LEGAL_FORM))
                .containsExactly(FieldProblem.of("yearFounded", "profile.error.yearFounded.future"));
    }

    private static List<FieldProblem> check(OrganizationDetails details) {
        return new ProfileRules(validators.getValidator(), SUMMER_2025).check(details, MUNICIPALITY, LEGAL_FORM);
    }

    private static OrganizationDetails ngo() {
        OrganizationDetails ngo = new OrganizationDetails();
        ngo.setKind(OrganizationKind.NGO);
        ngo.setFullName("Автономная некоммерческая организация «Забота»");
        ngo.setInn(INN);
        ngo.setOgrn(OGRN);
        ngo.setKpp(KPP);
        return ngo;
    }

    private static OrganizationDetails tos() {
        OrganizationDetails tos = new OrganizationDetails();
        tos.setKind(OrganizationKind.TOS);
        tos.setFullName("ТОС «Ягуновский»");
        tos.setTosTerritory("улицы Весенняя и Садовая");
        return tos;
    }
}
