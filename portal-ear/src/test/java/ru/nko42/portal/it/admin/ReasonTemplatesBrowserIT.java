package ru.nko42.portal.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;

/**
 * An administrator keeps the moderators' reason templates in Chromium: adds one, is told next to the field what is
 * missing, edits it, moves it up and switches it off; on a 360 pixel phone nothing scrolls sideways.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReasonTemplatesBrowserIT {

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anAdministratorAddsEditsMovesAndSwitchesOffATemplate() throws Exception {
        String title = "Нет устава " + System.nanoTime();
        String changedTitle = "Не приложен устав " + System.nanoTime();
        try (Browser browser = Browser.desktop("ru")) {
            ReasonTemplatesPage page = new ReasonTemplatesPage(browser).logInAsAdministrator();
            assertThat(page.accountPageLinksHere()).isTrue();
            page.followAccountPageLink();
            assertThat(page.heading()).isEqualTo("Шаблоны причин");
            assertThat(page.titles()).containsSubsequence("Не хватает описания деятельности", "Контакты не отвечают");

            page.add(title, " ");
            assertThat(page.fieldError("template:body")).isEqualTo("Введите текст причины.");
            assertThat(page.markedInvalid("template:body")).isTrue();
            assertThat(page.markedInvalid("template:title")).isFalse();
            assertThat(page.pageMessages()).contains("Шаблон не сохранён: исправьте отмеченные поля.");
            assertThat(page.typed("template:title")).as("what was typed stays").isEqualTo(title);

            page.add(title, "Здравствуйте! Пожалуйста, приложите устав.\nСпасибо.");
            assertThat(page.pageMessages()).contains("Шаблон добавлен в конец списка.");
            assertThat(page.titles()).endsWith(title);
            assertThat(page.rowText(title)).contains("Предлагается");

            page.edit(title);
            assertThat(page.formHeading()).isEqualTo("Изменить шаблон");
            assertThat(page.typed("template:title")).isEqualTo(title);
            assertThat(page.typed("template:body")).isEqualTo("Здравствуйте! Пожалуйста, приложите устав.\nСпасибо.");
            page.change(changedTitle, "Здравствуйте! Пожалуйста, приложите устав целиком.");
            assertThat(page.pageMessages()).contains("Изменения сохранены.");
            assertThat(page.titles()).endsWith(changedTitle).doesNotContain(title);
            assertThat(page.rowText(changedTitle)).contains("Пожалуйста, приложите устав целиком.");

            int place = page.titles().indexOf(changedTitle);
            page.moveUp(changedTitle);
            assertThat(page.pageMessages()).contains("Порядок шаблонов изменён.");
            assertThat(page.titles().indexOf(changedTitle)).isEqualTo(place - 1);
            assertThat(page.target())
                    .as("the page goes on from the moved template")
                    .isEqualTo(changedTitle);

            page.switchOff(changedTitle);
            assertThat(page.pageMessages()).contains("Шаблон отключён");
            assertThat(page.rowText(changedTitle)).contains("Отключён");
            assertThat(page.shownInactive(changedTitle)).isTrue();
            browser.screenshot("admin-reason-templates-ru");
        }
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.phone("ru")) {
            ReasonTemplatesPage page = new ReasonTemplatesPage(browser).logInAsAdministrator();
            page.open();
            assertThat(page.pageWidth()).isLessThanOrEqualTo(360);
            browser.screenshot("admin-reason-templates-phone-ru");
            browser.script("document.getElementById('list:templates_data').rows[1].scrollIntoView();");
            browser.screenshot("admin-reason-templates-table-phone-ru");

            page.edit("Контакты не отвечают");
            assertThat(page.pageWidth()).isLessThanOrEqualTo(360);
            browser.screenshot("admin-reason-templates-edit-phone-ru");
        }
    }
}
