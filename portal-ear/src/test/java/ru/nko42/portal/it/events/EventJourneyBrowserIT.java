package ru.nko42.portal.it.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.it.support.TestServer;

/**
 * An editor (the first ADMIN) publishes an event with one place in the browser; a visitor on a 360 px phone
 * registers on its page, gets the mail with the iCalendar file, opens the cancel link, confirms with the button,
 * and the place is free again; the editor downloads the participants as CSV and XLSX, which anonymous visitors
 * cannot.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class EventJourneyBrowserIT {

    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";
    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aVisitorRegistersGetsTheMailCancelsAndThePlaceIsFreed() throws Exception {
        long run = System.nanoTime();
        String title = "Семинар по отчётности НКО " + run;
        String visitor = "visitor-" + run + "@example.org";
        String slug;
        String eventId;
        String editorSession;
        try (Browser editor = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(editor);
            account.logIn(ADMIN, ADMIN_PASSWORD);
            editor.open("/editor?kind=EVENT");
            type(editor, "create:title", title);
            editor.clickAndWaitForNextPage(By.id("create:submit"));
            assertThat(account.heading()).isEqualTo("Редактирование материала");
            Matcher id =
                    Pattern.compile("[?&]id=(\\d+)").matcher(editor.driver().getCurrentUrl());
            assertThat(id.find()).as(editor.driver().getCurrentUrl()).isTrue();
            eventId = id.group(1);
            type(editor, "piece:lead", "Годовая отчётность НКО в Минюст: разбираем формы.");
            LocalDateTime start =
                    LocalDateTime.now(KUZBASS).plusDays(10).withHour(10).withMinute(0);
            setValue(editor, "piece:startsAt", INPUT.format(start));
            setValue(editor, "piece:endsAt", INPUT.format(start.minusHours(1)));
            new Select(editor.driver().findElement(By.id("piece:format"))).selectByValue("IN_PERSON");
            type(editor, "piece:placeName", "Ресурсный центр НКО");
            type(editor, "piece:address", "г. Кемерово, пр. Советский, 60");
            type(editor, "piece:capacity", "1");
            editor.clickAndWaitForNextPage(By.id("piece:save"));
            assertThat(account.fieldError("piece:endsAt")).isEqualTo("Окончание должно быть позже начала.");

            setValue(editor, "piece:endsAt", INPUT.format(start.plusHours(2)));
            editor.clickAndWaitForNextPage(By.id("piece:publish"));
            assertThat(account.pageMessages()).contains("Материал опубликован.");
            slug = editor.driver().findElement(By.id("piece:slug")).getAttribute("value");
            editor.screenshot("event-editor-ru");
            editorSession = editor.sessionId();

            try (Browser phone = Browser.phone("ru")) {
                phone.open("/events/" + slug);
                assertThat(phone.driver().findElement(By.tagName("h1")).getText())
                        .isEqualTo(title);
                assertThat(phone.driver()
                                .findElement(By.id("registration-state"))
                                .getText())
                        .contains("Осталось мест: 1.");
                assertThat(phone.driver().findElement(By.id("event-facts")).getText())
                        .contains("10:00")
                        .contains("время Кузбасса");
                type(phone, "register:name", "Ольга Иванова");
                type(phone, "register:email", visitor);
                phone.clickAndWaitForNextPage(By.id("register:submit"));
                assertThat(new AccountPages(phone).fieldError("register:consent"))
                        .startsWith("Без согласия");
                phone.driver()
                        .findElement(By.cssSelector("label[for='register:consent']"))
                        .click();
                phone.clickAndWaitForNextPage(By.id("register:submit"));
                assertThat(phone.driver().findElement(By.id("registration")).getText())
                        .contains("Вы зарегистрированы.")
                        .contains("Мы отправили вам письмо");
                assertPhoneWidth(phone);
                phone.screenshot("event-registered-ru-phone");

                Inbox.ReceivedMail mail =
                        Inbox.awaitSubject(visitor, "Вы зарегистрированы: " + title, Duration.ofSeconds(30));
                Multipart parts = (Multipart) mail.content();
                BodyPart calendar = parts.getBodyPart(1);
                assertThat(calendar.getFileName()).isEqualTo(slug + ".ics");
                String text = (String) parts.getBodyPart(0).getContent();
                Matcher link = Pattern.compile("http\\S+/events/cancel\\?token=[A-Za-z0-9_-]{43}")
                        .matcher(text);
                assertThat(link.find()).isTrue();

                phone.driver().get(link.group());
                phone.waitForPage();
                assertThat(phone.driver().findElement(By.tagName("h1")).getText())
                        .isEqualTo("Отмена регистрации");
                assertThat(phone.driver().findElement(By.id("cancel-event")).getText())
                        .contains(title);
                assertPhoneWidth(phone);
                phone.clickAndWaitForNextPage(By.id("cancel:confirm"));
                assertThat(new AccountPages(phone).pageMessages()).contains("Регистрация отменена");
                assertThat(phone.driver().findElements(By.id("cancel:confirm"))).isEmpty();

                phone.open("/events/" + slug);
                assertThat(phone.driver()
                                .findElement(By.id("registration-state"))
                                .getText())
                        .contains("Осталось мест: 1.");
                for (String path : new String[] {"/", "/events", "/events?view=month"}) {
                    phone.open(path);
                    assertPhoneWidth(phone);
                }
                phone.screenshot("events-month-ru-phone");
            }

            editor.open("/editor/participants?id=" + eventId);
            assertThat(editor.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Участники мероприятия");
            assertThat(editor.driver().findElement(By.id("participants")).getText())
                    .doesNotContain(visitor);
        }

        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<byte[]> csv =
                http.send(export(eventId, "csv", editorSession), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFСтатус;Имя;");
        assertThat(csvText).contains("Отменено;Ольга Иванова;;" + visitor);

        HttpResponse<byte[]> xlsx =
                http.send(export(eventId, "xlsx", editorSession), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Статус");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(visitor);
        }

        HttpResponse<byte[]> anonymous =
                http.send(export(eventId, "csv", null), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(anonymous.body(), StandardCharsets.UTF_8)).doesNotContain(visitor);
    }

    private static HttpRequest export(String eventId, String format, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(TestServer.page("/editor/participants/export?id=" + eventId + "&format=" + format)
                        .toString()));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return request.GET().build();
    }

    private static void assertPhoneWidth(Browser phone) {
        Number pageWidth = (Number) phone.script("return document.documentElement.scrollWidth;");
        assertThat(pageWidth.intValue()).as(phone.driver().getCurrentUrl()).isLessThanOrEqualTo(360);
    }

    private static void setValue(Browser browser, String id, String value) {
        browser.script("document.getElementById('" + id + "').value = '" + value + "';");
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
