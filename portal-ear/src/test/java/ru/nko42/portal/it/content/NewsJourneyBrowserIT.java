package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An editor writes a news item in the browser (an empty title and a past schedule refused next to their fields),
 * publishes it, and a visitor finds it on /news, on its own page and in the home page's latest news, on a 1280 px
 * desktop and on a 360 px phone with nothing scrolling sideways.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class NewsJourneyBrowserIT {

    private static final String PASSWORD = EditorAccounts.PASSWORD;

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anEditorPublishesANewsItemAndAVisitorFindsIt() throws Exception {
        long run = System.nanoTime();
        String editor = "editor-" + run + "@example.org";
        String title = "Конференция ТОС в Кузбассе " + run;
        String slug;
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            EditorAccounts.create(browser, "Елена Редакторова", editor);

            account.logIn(editor, PASSWORD);
            browser.clickAndWaitForNextPage(By.id("editor-menu"));
            assertThat(account.heading()).isEqualTo("Материалы сайта");
            browser.clickAndWaitForNextPage(By.id("create:submit"));
            assertThat(account.fieldError("create:title")).isEqualTo("Введите заголовок.");
            type(browser, "create:title", title);
            browser.clickAndWaitForNextPage(By.id("create:submit"));
            assertThat(account.heading()).isEqualTo("Редактирование материала");

            type(browser, "piece:lead", "Участники из 31 муниципалитета обсудили работу общественных советов.");
            WebElement body = browser.driver().findElement(By.cssSelector("#piece\\:body .ql-editor"));
            assertThat(body.getAttribute("role")).isEqualTo("textbox");
            assertThat(body.getAttribute("aria-labelledby")).isEqualTo("body-label");
            body.click();
            body.sendKeys("Конференция прошла онлайн.");
            type(browser, "piece:tags", "ТОС, конференция");
            browser.script("document.getElementById('piece:publishAt').value = '2020-01-01T10:00';");
            browser.clickAndWaitForNextPage(By.id("piece:schedule"));
            assertThat(account.fieldError("piece:publishAt")).startsWith("Это время уже прошло");
            assertThat(account.text("piece-state")).contains("Черновик");

            browser.clickAndWaitForNextPage(By.id("piece:publish"));
            assertThat(account.pageMessages()).contains("Материал опубликован.");
            assertThat(account.text("piece-state")).contains("Опубликован");
            slug = browser.driver().findElement(By.id("piece:slug")).getAttribute("value");
            assertThat(slug).startsWith("konferentsiia-tos-v-kuzbasse-");
            browser.screenshot("editor-piece-ru");
            account.logOut();
        }

        try (Browser visitor = Browser.desktop("ru")) {
            visitor.open("/news");
            assertThat(visitor.driver().findElement(By.id("news-list")).getText())
                    .contains(title);
            visitor.clickAndWaitForNextPage(By.linkText(title));
            assertThat(visitor.driver().getCurrentUrl()).endsWith("/news/" + slug);
            assertThat(visitor.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(visitor.driver().findElement(By.id("news-piece")).getText())
                    .contains("Конференция прошла онлайн.");
            visitor.clickAndWaitForNextPage(By.linkText("тос"));
            assertThat(visitor.driver().findElement(By.id("news-list")).getText())
                    .contains(title);
            visitor.screenshot("news-ru");

            visitor.open("/");
            assertThat(visitor.driver().findElement(By.id("home-news")).getText())
                    .contains(title);
            assertThat(visitor.driver().findElements(By.id("home-service-search")))
                    .hasSize(1);
            assertThat(visitor.driver().findElements(By.id("stat-organizations")))
                    .hasSize(1);
        }

        try (Browser phone = Browser.phone("ru")) {
            for (String path : new String[] {"/", "/news", "/news/" + slug}) {
                phone.open(path);
                assertThat(phone.driver().findElement(By.tagName("main")).getText())
                        .as(path)
                        .contains(title);
                Number pageWidth = (Number) phone.script("return document.documentElement.scrollWidth;");
                assertThat(pageWidth.intValue()).as(path).isLessThanOrEqualTo(360);
            }
            phone.screenshot("news-piece-ru-phone");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
