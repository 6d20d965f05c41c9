package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;

/**
 * An editor describes a project in the browser (an end before the start refused next to the field), publishes it, a
 * practice and a team member, and moves the person up the team; a visitor on a 360 px phone reads /projects, the
 * project's page, /practices and /about with nothing scrolling sideways.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ProjectJourneyBrowserIT {

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anEditorPublishesAProjectAndAPracticeAndAPhoneShowsThemWithoutSidewaysScroll() throws Exception {
        long run = System.nanoTime();
        String project = "Школа председателей ТОС " + run;
        String practice = "Собрание жителей без скуки " + run;
        String person = "Зоя Упорядоченная " + run;
        String projectSlug;
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            String editor = "project-editor-" + run + "@example.org";
            EditorAccounts.create(browser, "Пётр Проектов", editor);
            account.logIn(editor, EditorAccounts.PASSWORD);

            createDraft(browser, "PROJECT", project);
            type(browser, "piece:lead", "Семинары и наставники для председателей ТОС.");
            type(browser, "piece:funder", "Фонд президентских грантов");
            dates(browser, Map.of("piece:periodFrom", "2026-03-01", "piece:periodTo", "2026-02-01"));
            browser.clickAndWaitForNextPage(By.id("piece:save"));
            assertThat(account.fieldError("piece:periodTo"))
                    .isEqualTo("Окончание проекта не может быть раньше его начала.");
            assertThat(browser.driver().findElement(By.id("piece:funder")).getAttribute("value"))
                    .isEqualTo("Фонд президентских грантов");

            dates(browser, Map.of("piece:periodFrom", "2026-01-15", "piece:periodTo", "2099-12-31"));
            type(browser, "piece:goals", "Научить председателей ТОС готовить проекты.");
            browser.clickAndWaitForNextPage(By.id("piece:publish"));
            assertThat(account.pageMessages()).contains("Материал опубликован.");
            projectSlug = browser.driver().findElement(By.id("piece:slug")).getAttribute("value");
            browser.screenshot("editor-project-ru");

            createDraft(browser, "PRACTICE", practice);
            type(browser, "piece:lead", "Как провести собрание, на которое придут снова.");
            type(browser, "piece:tags", "ТОС, собрания");
            browser.clickAndWaitForNextPage(By.id("piece:publish"));
            assertThat(account.pageMessages()).contains("Материал опубликован.");

            createDraft(browser, "TEAM", person);
            type(browser, "piece:position", "Координатор проектов");
            type(browser, "piece:email", "zoya-" + run + "@nko42.example");
            browser.clickAndWaitForNextPage(By.id("piece:publish"));
            assertThat(account.pageMessages()).contains("Материал опубликован.");
            browser.open("/editor?kind=TEAM");
            List<String> before = teamInEditor(browser);
            int place = before.indexOf(person);
            assertThat(place).as("a new member joins after the others").isPositive();
            browser.clickAndWaitForNextPage(By.cssSelector("input[aria-label='Поднять выше: " + person + "']"));
            List<String> after = teamInEditor(browser);
            assertThat(after.indexOf(person)).isEqualTo(place - 1);
            assertThat(after.get(place)).isEqualTo(before.get(place - 1));
        }

        try (Browser phone = Browser.phone("ru")) {
            Map<String, String> pages = Map.of(
                    "/projects",
                    project,
                    "/projects/" + projectSlug,
                    "Фонд президентских грантов",
                    "/practices",
                    practice,
                    "/about",
                    "О центре");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                phone.open(page.getKey());
                assertThat(phone.driver().findElement(By.tagName("main")).getText())
                        .as(page.getKey())
                        .contains(page.getValue());
                Number pageWidth = (Number) phone.script("return document.documentElement.scrollWidth;");
                assertThat(pageWidth.intValue()).as(page.getKey()).isLessThanOrEqualTo(360);
            }
            phone.open("/projects/" + projectSlug);
            assertThat(phone.driver().findElement(By.id("project-goals")).getText())
                    .isEqualTo("Научить председателей ТОС готовить проекты.");
            phone.screenshot("project-ru-phone");
        }
    }

    /** The names in the editors' list of the team, in the team's order. */
    private static List<String> teamInEditor(Browser browser) {
        return browser.driver().findElements(By.cssSelector("[id='list:pieces_data'] a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void createDraft(Browser browser, String kind, String title) {
        browser.open("/editor?kind=" + kind);
        type(browser, "create:title", title);
        browser.clickAndWaitForNextPage(By.id("create:submit"));
    }

    /** Date inputs take their value in ISO form whatever the browser's locale shows. */
    private static void dates(Browser browser, Map<String, String> values) {
        values.forEach((id, value) -> browser.script("document.getElementById('" + id + "').value = '" + value + "';"));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
