package ru.nko42.portal.it.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
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
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.moderation.boundary.InvalidReasonTemplateException;
import ru.nko42.portal.moderation.boundary.ReasonTemplateChangedException;
import ru.nko42.portal.moderation.boundary.ReasonTemplateForm;
import ru.nko42.portal.moderation.boundary.ReasonTemplateRow;
import ru.nko42.portal.moderation.boundary.ReasonTemplateService;
import ru.nko42.portal.moderation.boundary.ReasonTemplateView;

/**
 * The reason templates against MariaDB: the seeded ones are offered in order; what an administrator adds, changes,
 * moves and switches off is what moderators are offered at once, each change audited; a change from an old version,
 * bad input and a caller who is not an ADMIN are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ReasonTemplateServiceIT {

    private static final AsAccount ADMIN = AsAccount.of("reason-admin@example.org", AccountRole.ADMIN);
    private static final AsAccount MODERATOR = AsAccount.of("reason-moderator@example.org", AccountRole.MODERATOR);

    private static final List<String> SEEDED = List.of(
            "Не хватает описания деятельности",
            "ИНН или ОГРН не совпадает с ЕГРЮЛ",
            "Контакты не отвечают",
            "Название не совпадает с уставом",
            "Точка на карте вне указанного адреса",
            "Деятельность не относится к некоммерческой");

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("reason-template-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.moderation",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }

    @Inject
    ReasonTemplateService templates;

    @Inject
    AuditQueryService audit;

    /** What this test added, switched off afterwards so that no other test is offered it. */
    private final List<Long> added = new ArrayList<>();

    @AfterEach
    void switchOffWhatThisTestAdded() {
        ADMIN.call(() -> templates.all()).stream()
                .filter(template -> template.active() && added.contains(template.id()))
                .forEach(template -> ADMIN.call(() -> templates.setActive(template.id(), template.version(), false)));
    }

    @Test
    void theSeededTemplatesAreOfferedToModeratorsInTheirOrder() {
        List<ReasonTemplateView> offered = MODERATOR.call(() -> templates.active());

        assertThat(offered).extracting(ReasonTemplateView::title).containsSubsequence(SEEDED);
        assertThat(offered)
                .filteredOn(template -> SEEDED.contains(template.title()))
                .hasSize(SEEDED.size())
                .allSatisfy(template -> assertThat(template.body()).startsWith("Здравствуйте!"));
        assertThat(ADMIN.call(() -> templates.all()))
                .extracting(ReasonTemplateRow::position)
                .isSorted();
    }

    @Test
    void whatAnAdministratorAddsAndChangesIsOfferedAtOnce() {
        ReasonTemplateRow template = add("  Нет фотографий  ", "\r\n Пожалуйста, добавьте логотип.\r\nСпасибо! ");

        assertThat(template.title()).isEqualTo("Нет фотографий");
        assertThat(template.body()).isEqualTo("Пожалуйста, добавьте логотип.\nСпасибо!");
        assertThat(template.active()).isTrue();
        assertThat(ADMIN.call(() -> templates.all())).last().isEqualTo(template);
        assertThat(MODERATOR.call(() -> templates.active()))
                .last()
                .isEqualTo(new ReasonTemplateView(template.id(), "Нет фотографий", template.body()));

        ReasonTemplateForm form = ReasonTemplateForm.editing(template);
        form.setTitle("Нет логотипа");
        form.setBody("Пожалуйста, добавьте логотип организации.");
        ReasonTemplateRow changed = ADMIN.call(() -> templates.change(form));

        assertThat(changed.version()).isGreaterThan(template.version());
        assertThat(changed.position()).isEqualTo(template.position());
        assertThat(MODERATOR.call(() -> templates.active()))
                .filteredOn(view -> view.id() == template.id())
                .extracting(ReasonTemplateView::title, ReasonTemplateView::body)
                .containsExactly(tuple("Нет логотипа", "Пожалуйста, добавьте логотип организации."));
    }

    @Test
    void aChangeStartedBeforeSomeoneElsesIsRefusedAndWritesNothing() {
        ReasonTemplateRow template = add("Устав не приложен", "Пожалуйста, приложите устав.");
        ReasonTemplateForm theirs = ReasonTemplateForm.editing(template);
        ReasonTemplateForm mine = ReasonTemplateForm.editing(template);
        theirs.setBody("Пожалуйста, приложите устав целиком.");
        ADMIN.call(() -> templates.change(theirs));

        mine.setBody("Приложите устав.");
        assertThatThrownBy(() -> ADMIN.call(() -> templates.change(mine)))
                .isInstanceOfSatisfying(
                        ReasonTemplateChangedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.reasonTemplates.error.changed"));
        assertThatThrownBy(() -> ADMIN.call(() -> templates.setActive(template.id(), template.version(), false)))
                .isInstanceOf(ReasonTemplateChangedException.class);
        assertThatThrownBy(() -> ADMIN.call(() -> templates.moveUp(template.id(), template.version())))
                .isInstanceOf(ReasonTemplateChangedException.class);

        assertThat(ADMIN.call(() -> templates.all()))
                .filteredOn(row -> row.id() == template.id())
                .extracting(ReasonTemplateRow::body, ReasonTemplateRow::position, ReasonTemplateRow::active)
                .containsExactly(tuple("Пожалуйста, приложите устав целиком.", template.position(), true));
    }

    @Test
    void aSwitchedOffTemplateIsNoLongerOfferedButKeptAndCanBeSwitchedOnAgain() {
        ReasonTemplateRow template = add("Сайт не открывается", "Пожалуйста, проверьте адрес сайта.");

        ReasonTemplateRow off = ADMIN.call(() -> templates.setActive(template.id(), template.version(), false));

        assertThat(off.active()).isFalse();
        assertThat(MODERATOR.call(() -> templates.active()))
                .extracting(ReasonTemplateView::id)
                .doesNotContain(template.id());
        assertThat(ADMIN.call(() -> templates.all())).contains(off);

        ADMIN.call(() -> templates.setActive(off.id(), off.version(), true));
        assertThat(MODERATOR.call(() -> templates.active()))
                .extracting(ReasonTemplateView::id)
                .contains(template.id());
    }

    @Test
    void aTemplateMovesUpAndDownPastItsNeighbour() {
        ReasonTemplateRow first = add("Первый из двух", "Текст первого.");
        ReasonTemplateRow second = add("Второй из двух", "Текст второго.");

        ReasonTemplateRow movedUp = ADMIN.call(() -> templates.moveUp(second.id(), second.version()));

        assertThat(movedUp.position()).isLessThan(current(first).position());
        assertThat(MODERATOR.call(() -> templates.active()))
                .extracting(ReasonTemplateView::title)
                .containsSubsequence("Второй из двух", "Первый из двух");

        ReasonTemplateRow movedDown = ADMIN.call(() -> templates.moveDown(movedUp.id(), movedUp.version()));
        ReasonTemplateRow last = ADMIN.call(() -> templates.moveDown(movedDown.id(), movedDown.version()));

        assertThat(last).as("the last stays where it is").isEqualTo(movedDown);
        assertThat(ADMIN.call(() -> templates.all()))
                .extracting(ReasonTemplateRow::title)
                .endsWith("Первый из двух", "Второй из двух");
    }

    @Test
    void refusedInputNamesItsFieldsAndWritesNothing() {
        int before = ADMIN.call(() -> templates.all()).size();
        ReasonTemplateForm bad = ReasonTemplateForm.newTemplate();
        bad.setTitle("   ");
        bad.setBody("я".repeat(2001));

        assertThatThrownBy(() -> ADMIN.call(() -> templates.add(bad)))
                .isInstanceOfSatisfying(InvalidReasonTemplateException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("admin.reasonTemplates.error.summary");
                    assertThat(e.problems())
                            .extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactly(
                                    tuple("title", "admin.reasonTemplates.error.title.required"),
                                    tuple("body", "admin.reasonTemplates.error.body.tooLong"));
                });
        assertThat(ADMIN.call(() -> templates.all())).hasSize(before);

        ReasonTemplateRow template = add("Нет ОГРН", "Укажите ОГРН.");
        ReasonTemplateForm emptied = ReasonTemplateForm.editing(template);
        emptied.setTitle("т".repeat(121));
        emptied.setBody(" \n ");
        assertThatThrownBy(() -> ADMIN.call(() -> templates.change(emptied)))
                .isInstanceOfSatisfying(
                        InvalidReasonTemplateException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::messageKey)
                                .containsExactly(
                                        "admin.reasonTemplates.error.title.tooLong",
                                        "admin.reasonTemplates.error.body.required"));
        assertThat(current(template)).isEqualTo(template);
    }

    @Test
    void everyChangeIsAuditedWithItsActorAndWhatChanged() {
        ReasonTemplateRow template = add("Журнал", "Было.");
        ReasonTemplateForm form = ReasonTemplateForm.editing(template);
        form.setBody("Стало.");
        ReasonTemplateRow changed = ADMIN.call(() -> templates.change(form));
        ADMIN.call(() -> templates.setActive(changed.id(), changed.version(), false));

        List<AuditRow> history = ADMIN.call(() -> audit.history(AuditItem.REASON_TEMPLATE, template.id()));

        assertThat(history)
                .extracting(AuditRow::action, AuditRow::actorEmail, AuditRow::itemType)
                .containsExactly(
                        tuple("reason.template.switchOff", "reason-admin@example.org", "REASON_TEMPLATE"),
                        tuple("reason.template.change", "reason-admin@example.org", "REASON_TEMPLATE"),
                        tuple("reason.template.add", "reason-admin@example.org", "REASON_TEMPLATE"));
        assertThat(history.get(0).before()).isEqualTo("{\"active\":true}");
        assertThat(history.get(0).after()).isEqualTo("{\"active\":false}");
        assertThat(history.get(1).before()).isEqualTo("{\"body\":\"Было.\"}");
        assertThat(history.get(1).after()).isEqualTo("{\"body\":\"Стало.\"}");
        assertThat(history.get(2).after()).contains("\"title\":\"Журнал\"", "\"active\":true");
    }

    @Test
    void aModeratorMayReadTheOfferedTemplatesButOnlyAnAdministratorChangesThem() {
        ReasonTemplateRow template = add("Только для администратора", "Текст.");
        AsAccount member = AsAccount.of("reason-member@example.org", AccountRole.MEMBER);

        assertThat(MODERATOR.call(() -> templates.active())).isNotEmpty();
        assertThatThrownBy(() -> MODERATOR.call(() -> templates.all())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MODERATOR.call(() -> templates.add(form("Модератор", "Запрещено."))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MODERATOR.call(() -> templates.change(ReasonTemplateForm.editing(template))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MODERATOR.call(() -> templates.setActive(template.id(), template.version(), false)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MODERATOR.call(() -> templates.moveUp(template.id(), template.version())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> member.call(() -> templates.active())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> templates.active()).isInstanceOf(EJBAccessException.class);
        assertThat(current(template)).isEqualTo(template);
    }

    private ReasonTemplateRow add(String title, String body) {
        ReasonTemplateRow template = ADMIN.call(() -> templates.add(form(title, body)));
        added.add(template.id());
        return template;
    }

    private ReasonTemplateRow current(ReasonTemplateRow template) {
        return ADMIN.call(() -> templates.all()).stream()
                .filter(row -> row.id() == template.id())
                .findFirst()
                .orElseThrow();
    }

    private static ReasonTemplateForm form(String title, String body) {
        ReasonTemplateForm form = ReasonTemplateForm.newTemplate();
        form.setTitle(title);
        form.setBody(body);
        return form;
    }
}
