package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;

/**
 * An editor gives a draft news item a cover image and a PDF in the browser without losing the lead typed and not
 * yet saved; the PDF is the editor's to open but not a visitor's until the item is published; then a visitor on a
 * 360 px phone sees the cover and the document on the news page, with nothing scrolling sideways.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ContentFileBrowserIT {

    private static final String PASSWORD = EditorAccounts.PASSWORD;

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anEditorAddsACoverAndAPdfAndAVisitorSeesThem() throws Exception {
        long run = System.nanoTime();
        String editor = "files-editor-" + run + "@example.org";
        String title = "Семинар для бухгалтеров НКО " + run;
        String lead = "Разберём годовую отчётность в Минюст и налоговую.";
        Path cover = Files.createTempFile("cover-", ".png");
        Path pdf = Files.createTempFile("программа-", ".pdf");
        ImageIO.write(picture(), "png", cover.toFile());
        Files.writeString(
                pdf,
                "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        String slug;
        String pdfPath;
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            EditorAccounts.create(browser, "Ольга Файлова", editor);

            account.logIn(editor, PASSWORD);
            browser.open("/editor/");
            type(browser, "create:title", title);
            browser.clickAndWaitForNextPage(By.id("create:submit"));
            type(browser, "piece:lead", lead);

            browser.driver()
                    .findElement(By.cssSelector("#coverForm input[type=file]"))
                    .sendKeys(cover.toString());
            WebElement preview = waitFor(browser, By.id("cover-preview"));
            assertThat(preview.getAttribute("alt")).isEqualTo(title);
            assertThat(browser.driver().findElement(By.id("piece:lead")).getAttribute("value"))
                    .as("the unsaved lead survives the upload")
                    .isEqualTo(lead);

            browser.driver()
                    .findElement(By.cssSelector("#filesForm input[type=file]"))
                    .sendKeys(pdf.toString());
            WebElement link = waitFor(browser, By.cssSelector("#attachments a"));
            pdfPath = URI.create(link.getAttribute("href")).getRawPath();
            assertThat(browser.driver().findElement(By.id("attachments")).getText())
                    .contains("PDF");
            WebElement rowTitle = browser.driver().findElement(By.cssSelector("#attachments input[type=text]"));
            assertThat(rowTitle.getAttribute("value"))
                    .as("listed under the file's name")
                    .startsWith("программа-");
            rowTitle.clear();
            rowTitle.sendKeys("Программа семинара");
            browser.driver()
                    .findElement(By.cssSelector("#attachments button[id$=':retitle']"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("filesForm:filesMessages"), "Название документа сохранено."));
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#attachments input[type=text]"))
                            .getAttribute("value"))
                    .isEqualTo("Программа семинара");
            assertThat(fetchStatus(browser, pdfPath))
                    .as("the editor opens the draft's PDF")
                    .isEqualTo(200);
            assertThat(anonymousStatus(pdfPath)).as("a visitor does not").isEqualTo(404);
            assertThat(browser.driver().findElement(By.id("piece:lead")).getAttribute("value"))
                    .isEqualTo(lead);

            browser.driver().manage().window().setSize(new Dimension(360, 740));
            browser.script("document.getElementById('files-heading').scrollIntoView();");
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                    .as("the editor's page with its files blocks on a phone")
                    .isLessThanOrEqualTo(360);
            browser.screenshot("editor-piece-files-ru-phone");
            browser.driver().manage().window().setSize(new Dimension(1280, 900));

            browser.clickAndWaitForNextPage(By.id("piece:publish"));
            assertThat(account.pageMessages()).contains("Материал опубликован.");
            slug = browser.driver().findElement(By.id("piece:slug")).getAttribute("value");
            assertThat(browser.driver().findElements(By.id("cover-preview"))).hasSize(1);
            browser.screenshot("editor-piece-files-ru");
            account.logOut();
        }

        assertThat(anonymousStatus(pdfPath)).isEqualTo(200);
        try (Browser phone = Browser.phone("ru")) {
            phone.open("/news/" + slug);
            WebElement image = phone.driver().findElement(By.cssSelector("#news-piece img.content-cover"));
            assertThat(image.getAttribute("alt")).isEqualTo(title);
            assertThat(image.getAttribute("loading")).isEqualTo("lazy");
            System.out.println("NEWS PAGE: "
                    + phone.driver().findElement(By.id("news-piece")).getAttribute("outerHTML"));
            WebElement document = phone.driver().findElement(By.linkText("Программа семинара"));
            assertThat(URI.create(document.getAttribute("href")).getRawPath()).isEqualTo(pdfPath);
            assertThat(phone.driver().findElement(By.id("news-piece")).getText())
                    .contains("PDF")
                    .contains(lead);
            Number pageWidth = (Number) phone.script("return document.documentElement.scrollWidth;");
            assertThat(pageWidth.intValue()).isLessThanOrEqualTo(360);
            phone.screenshot("news-piece-files-ru-phone");

            phone.open("/news");
            assertThat(phone.driver().findElements(By.cssSelector("#news-list img.content-cover[alt='" + title + "']")))
                    .hasSize(1);
            assertThat(((Number) phone.script("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(360);
        } finally {
            Files.deleteIfExists(cover);
            Files.deleteIfExists(pdf);
        }
    }

    private static long fetchStatus(Browser browser, String path) {
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));",
                        path);
        return ((Number) status).longValue();
    }

    private static int anonymousStatus(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(TestServer.page(path)).GET().build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static WebElement waitFor(Browser browser, By target) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x26a269));
        g.fillRect(0, 0, 640, 360);
        g.dispose();
        return image;
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
