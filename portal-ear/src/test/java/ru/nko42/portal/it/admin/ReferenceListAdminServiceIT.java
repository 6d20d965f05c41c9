package ru.nko42.portal.it.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.directory.boundary.InvalidReferenceEntryException;
import ru.nko42.portal.directory.boundary.ReferenceEntryChangedException;
import ru.nko42.portal.directory.boundary.ReferenceEntryForm;
import ru.nko42.portal.directory.boundary.ReferenceEntryView;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.directory.boundary.ReferenceList;
import ru.nko42.portal.directory.boundary.ReferenceListAdminService;
import ru.nko42.portal.directory.boundary.ReferenceListService;
import ru.nko42.portal.directory.control.ReferenceEntryRules;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.services.boundary.ServiceVocabularyService;

/**
 * The administrators' reference list service against MariaDB: what it adds and switches off is what the directory's
 * forms offer at once; a change from an old version, bad input and a caller who is not an ADMIN are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceListAdminServiceIT {

    private static final AsAccount ADMIN = AsAccount.of("reference-admin@example.org", AccountRole.ADMIN);

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("reference-list-admin-it")
                .addClasses(
                        ReferenceListAdminService.class,
                        ReferenceListService.class,
                        ServiceVocabularyService.class,
                        ReferenceItem.class,
                        ReferenceList.class,
                        ReferenceEntryView.class,
                        ReferenceEntryForm.class,
                        FieldProblem.class,
                        InvalidReferenceEntryException.class,
                        ReferenceEntryChangedException.class,
                        ReferenceEntryRules.class,
                        BusinessException.class,
                        InvalidInputException.class,
                        ExceptionChain.class)
                .addClass("ru.nko42.portal.common.control.TextCleaner")
                .addPackages(true, "ru.nko42.portal.audit")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }

    @Inject
    ReferenceListAdminService admin;

    @Inject
    ReferenceListService offered;

    @Inject
    ServiceVocabularyService vocabulary;

    @Inject
    AuditQueryService audit;

    /** What this test added, switched off afterwards so that no other test is offered it. */
    private final Map<ReferenceList, List<String>> added = new EnumMap<>(ReferenceList.class);

    @AfterEach
    void switchOffWhatThisTestAdded() {
        added.forEach((list, codes) -> ADMIN.call(() -> admin.entries(list)).stream()
                .filter(entry -> entry.active() && codes.contains(entry.code()))
                .forEach(entry -> {
                    ReferenceEntryForm off = ReferenceEntryForm.editing(entry);
                    off.setActive(false);
                    ADMIN.call(() -> admin.change(list, off));
                }));
    }

    @Test
    void whatAnAdministratorAddsAndSwitchesOffIsWhatTheFormsOfferAtOnce() {
        String code = uniqueCode("area");
        ReferenceEntryView added = add(ReferenceList.ACTIVITY_AREA, code, "  Пчеловодство ");

        assertThat(added.nameRu()).isEqualTo("Пчеловодство");
        assertThat(added.active()).isTrue();
        assertThat(offered.activityAreas()).extracting(ReferenceItem::code).contains(code);

        ReferenceEntryForm switchOff = ReferenceEntryForm.editing(added);
        switchOff.setActive(false);
        ADMIN.call(() -> admin.change(ReferenceList.ACTIVITY_AREA, switchOff));

        assertThat(offered.activityAreas()).extracting(ReferenceItem::code).doesNotContain(code);
        assertThat(ADMIN.call(() -> admin.entries(ReferenceList.ACTIVITY_AREA)))
                .filteredOn(entry -> entry.code().equals(code))
                .singleElement()
                .satisfies(entry -> assertThat(entry.active()).isFalse());
    }

    @Test
    void aLegalFormNarrowedToTosIsNoLongerOfferedToNgos() {
        String code = uniqueCode("form");
        ReferenceEntryView added = add(ReferenceList.LEGAL_FORM, code, "Кооператив");
        assertThat(offered.legalForms(OrganizationKind.NGO))
                .extracting(ReferenceItem::code)
                .contains(code);

        ReferenceEntryForm narrowed = ReferenceEntryForm.editing(added);
        narrowed.setAppliesTo(OrganizationKind.TOS);
        ReferenceEntryView changed = ADMIN.call(() -> admin.change(ReferenceList.LEGAL_FORM, narrowed));

        assertThat(changed.appliesTo()).isEqualTo(OrganizationKind.TOS);
        assertThat(changed.version()).isGreaterThan(added.version());
        assertThat(offered.legalForms(OrganizationKind.NGO))
                .extracting(ReferenceItem::code)
                .doesNotContain(code);
        assertThat(offered.legalForms(OrganizationKind.TOS))
                .extracting(ReferenceItem::code)
                .contains(code);
    }

    @Test
    void aChangeStartedBeforeSomeoneElsesSaveIsRefusedAndWritesNothing() {
        String code = uniqueCode("group");
        ReferenceEntryView added = add(ReferenceList.TARGET_GROUP, code, "Пасечники");
        ReferenceEntryForm theirs = ReferenceEntryForm.editing(added);
        ReferenceEntryForm mine = ReferenceEntryForm.editing(added);
        theirs.setNameRu("Пасечники и садоводы");
        ADMIN.call(() -> admin.change(ReferenceList.TARGET_GROUP, theirs));

        mine.setNameRu("Пчеловоды");
        mine.setActive(false);
        assertThatThrownBy(() -> ADMIN.call(() -> admin.change(ReferenceList.TARGET_GROUP, mine)))
                .isInstanceOfSatisfying(
                        ReferenceEntryChangedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.reference.error.changed"));

        assertThat(offered.targetGroups())
                .filteredOn(item -> item.code().equals(code))
                .extracting(ReferenceItem::nameRu)
                .containsExactly("Пасечники и садоводы");
    }

    @Test
    void anAdministratorKeepsTheRecipientCategoriesLikeTheOtherListsAudited() {
        String code = uniqueCode("recipient");
        ReferenceEntryView added = add(ReferenceList.RECIPIENT_CATEGORY, code, "Бывшие заключённые");
        assertThat(vocabulary.recipientCategories())
                .extracting(ReferenceItem::code)
                .contains(code);

        ReferenceEntryForm rename = ReferenceEntryForm.editing(added);
        ReferenceEntryForm stale = ReferenceEntryForm.editing(added);
        rename.setNameRu("Люди, освободившиеся из мест лишения свободы");
        rename.setNameEn("People released from prison");
        ReferenceEntryView renamed = ADMIN.call(() -> admin.change(ReferenceList.RECIPIENT_CATEGORY, rename));

        stale.setNameRu("Заключённые");
        assertThatThrownBy(() -> ADMIN.call(() -> admin.change(ReferenceList.RECIPIENT_CATEGORY, stale)))
                .isInstanceOf(ReferenceEntryChangedException.class);
        assertThat(vocabulary.recipientCategories())
                .filteredOn(item -> item.code().equals(code))
                .extracting(ReferenceItem::nameRu, ReferenceItem::nameEn)
                .containsExactly(tuple("Люди, освободившиеся из мест лишения свободы", "People released from prison"));
        assertThat(ADMIN.call(() -> admin.entries(ReferenceList.RECIPIENT_CATEGORY)))
                .filteredOn(entry -> entry.code().equals(code))
                .singleElement()
                .satisfies(entry -> assertThat(entry.version()).isEqualTo(renamed.version()));

        List<AuditRow> history = ADMIN.call(() -> audit.history(AuditItem.RECIPIENT_CATEGORY, added.id()));
        assertThat(history)
                .extracting(AuditRow::action, AuditRow::actorEmail, AuditRow::itemType)
                .containsExactly(
                        tuple("reference.entry.change", "reference-admin@example.org", "RECIPIENT_CATEGORY"),
                        tuple("reference.entry.add", "reference-admin@example.org", "RECIPIENT_CATEGORY"));
        assertThat(history.get(0).before()).contains("Бывшие заключённые");
        assertThat(history.get(0).after()).contains("Люди, освободившиеся из мест лишения свободы");
        assertThat(history.get(1).after()).contains("\"code\":\"" + code + "\"");
    }

    @Test
    void refusedInputNamesItsFieldsAndAddsNothing() {
        int before =
                ADMIN.call(() -> admin.entries(ReferenceList.ACTIVITY_AREA)).size();
        ReferenceEntryForm bad = form("Bee Keeping", " ");
        bad.setPosition(-1);

        assertThatThrownBy(() -> ADMIN.call(() -> admin.add(ReferenceList.ACTIVITY_AREA, bad)))
                .isInstanceOfSatisfying(
                        InvalidReferenceEntryException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(
                                        tuple("code", "admin.reference.error.code.pattern"),
                                        tuple("nameRu", "admin.reference.error.name.required"),
                                        tuple("position", "admin.reference.error.position.negative")));
        assertThatThrownBy(() -> ADMIN.call(() -> admin.add(ReferenceList.ACTIVITY_AREA, form("health", "Здоровье"))))
                .isInstanceOfSatisfying(
                        InvalidReferenceEntryException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly("admin.reference.error.code.taken"));

        assertThat(ADMIN.call(() -> admin.entries(ReferenceList.ACTIVITY_AREA))).hasSize(before);
    }

    @Test
    void onlyAnAdministratorMayReadOrChangeTheLists() {
        AsAccount member = AsAccount.of("reference-member@example.org", AccountRole.MEMBER);
        AsAccount moderator = AsAccount.of("reference-moderator@example.org", AccountRole.MODERATOR);

        assertThatThrownBy(() -> member.call(() -> admin.entries(ReferenceList.LEGAL_FORM)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> moderator.call(
                        () -> admin.add(ReferenceList.ACTIVITY_AREA, form(uniqueCode("area"), "Запрещено"))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> admin.entries(ReferenceList.TARGET_GROUP)).isInstanceOf(EJBAccessException.class);
    }

    private ReferenceEntryView add(ReferenceList list, String code, String nameRu) {
        added.computeIfAbsent(list, unused -> new ArrayList<>()).add(code);
        return ADMIN.call(() -> admin.add(list, form(code, nameRu)));
    }

    private static ReferenceEntryForm form(String code, String nameRu) {
        ReferenceEntryForm form = ReferenceEntryForm.newEntry(100_000);
        form.setCode(code);
        form.setNameRu(nameRu);
        form.setNameEn("English " + code);
        return form;
    }

    /** A code no other test has used: the database outlives a test. */
    private static String uniqueCode(String prefix) {
        return "it-" + prefix + "-" + System.currentTimeMillis() + "-" + Math.floorMod(System.nanoTime(), 1000);
    }
}
