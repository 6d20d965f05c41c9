package ru.nko42.portal.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * A member on a phone 360 px wide lists a service of their organization: a place with a point typed as latitude and
 * longitude, weekday hours with a lunch break, a preview as citizens will see it, a refusal of a half-typed point
 * beside its field, the submission; a moderator approves it, and anyone then finds its public page, and its print
 * version, with the address, the hours and a phone to call.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ServiceListingJourneyBrowserIT {

    private static final String PASSWORD = "берёза-самокат-метель-2026";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";
    private static final String MUNICIPALITY = "mezhdurechensky-go";
    private static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aMemberListsAServiceThatAModeratorApprovesCitizensFindAndAModeratorTakesOutOfTheSearch() throws Exception {
        String member = "service-member-" + System.nanoTime() + "@example.org";
        String organizationName = "ТОС «Сосновый бор " + System.nanoTime() + "»";
        String serviceName = "Обеды для пенсионеров " + System.nanoTime();
        long organization;
        long service;
        try (Browser phone = Browser.phone("ru");
                Browser desk = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(phone);
            account.signUpAndConfirm("Анна Сосновая", member, PASSWORD);
            account.logIn(member, PASSWORD);
            phone.open("/account/");
            phone.clickAndWaitForNextPage(By.id("register-tos"));
            type(phone, "profile:fullName", organizationName);
            new Select(phone.driver().findElement(By.id("profile:legalForm"))).selectByValue("tos");
            new Select(phone.driver().findElement(By.id("profile:municipality"))).selectByValue(MUNICIPALITY);
            type(phone, "profile:tosTerritory", "ул. Сосновая, дома 1–20");
            phone.clickAndWaitForNextPage(By.id("profile:submit"));
            organization = idFromAddress(phone);

            AccountPages admin = new AccountPages(desk);
            admin.logIn(ADMIN, ADMIN_PASSWORD);
            approve(desk, organizationName);

            phone.open("/account/organization?id=" + organization);
            assertThat(phone.driver().findElement(By.id("services-empty")).getText())
                    .isNotEmpty();
            phone.clickAndWaitForNextPage(By.id("add-service"));
            type(phone, "service:name", serviceName);
            type(phone, "service:description", "Горячие обеды <b>в столовой</b> ТОС для пожилых соседей.");
            tick(phone, "service:categories", "older-people");
            tick(phone, "service:forms", "semi-residential");
            type(phone, "service:howToApply", "Приходите в столовую с паспортом.");
            phone.clickAndWaitForNextPage(By.id("service:addPhone"));
            type(phone, "service:phones:0:number", "+7 (38475) 2-33-44");
            type(phone, "service:locations:0:address", "Междуреченск, ул. Сосновая, 7");
            type(phone, "service:locations:0:latitude", "53.6866");
            phone.clickAndWaitForNextPage(By.id("service:locations:0:schedule:addRow"));
            for (String day : WEEKDAYS) {
                tick(phone, "service:locations:0:schedule:rows:0:days", day);
            }
            type(phone, "service:locations:0:schedule:rows:0:opens", "09:00");
            type(phone, "service:locations:0:schedule:rows:0:closes", "18:00");
            type(phone, "service:locations:0:schedule:rows:0:breakFrom", "13:00");
            type(phone, "service:locations:0:schedule:rows:0:breakTo", "14:00");
            phone.clickAndWaitForNextPage(By.id("service:save"));

            assertThat(errorOf(phone, "service:locations:0:latitude")).contains("и широту, и долготу");
            assertThat(phone.driver().findElement(By.id("service:name")).getAttribute("value"))
                    .isEqualTo(serviceName);
            type(phone, "service:locations:0:longitude", "88.0573");
            phone.clickAndWaitForNextPage(By.id("service:preview"));

            assertThat(phone.driver().findElement(By.id("service-preview")).getText())
                    .contains("Предпросмотр");
            assertThat(phone.driver().findElement(By.id("service-name")).getText())
                    .isEqualTo(serviceName);
            assertThat(phone.driver().findElement(By.id("place-0-hours-week")).getText())
                    .contains("09:00–13:00, 14:00–18:00");
            assertThat(overflowing(phone)).isEmpty();
            phone.screenshot("service-editor-preview-360");
            phone.clickAndWaitForNextPage(By.id("service:submit"));
            assertThat(phone.driver().findElement(By.id("revision-state")).getText())
                    .isEqualTo("На проверке");
            service = idFromAddress(phone);

            approve(desk, serviceName);
            phone.open("/account/organization?id=" + organization);
            assertThat(phone.driver().findElement(By.id("service-list")).getText())
                    .contains(serviceName, "Опубликована");
        }

        try (Browser citizen = Browser.phone("ru")) {
            assertThat(searchResults(citizen, "обед пенсионерам")).contains("/service?id=" + service);

            citizen.open("/service?id=" + service);
            assertThat(citizen.driver().findElement(By.id("service-name")).getText())
                    .isEqualTo(serviceName);
            assertThat(citizen.driver()
                            .findElement(By.id("service-organization"))
                            .getText())
                    .isEqualTo(organizationName);
            assertThat(citizen.driver()
                            .findElement(By.id("service-description"))
                            .getText())
                    .contains("<b>в столовой</b>");
            assertThat(citizen.driver().findElements(By.cssSelector("#service-description b")))
                    .isEmpty();
            assertThat(citizen.driver().findElement(By.id("place-0-address")).getText())
                    .contains("Междуреченск, ул. Сосновая, 7");
            assertThat(citizen.driver()
                            .findElement(By.id("place-0-hours-status"))
                            .getText())
                    .isNotBlank();
            assertThat(citizen.driver()
                            .findElement(By.cssSelector("a[href='tel:+73847523344']"))
                            .getText())
                    .isEqualTo("+7 (38475) 2-33-44");
            assertThat(citizen.driver().findElement(By.id("service-verified")).getText())
                    .startsWith("Данные проверены:");
            assertThat(citizen.driver().findElements(By.cssSelector(".directory-map[data-map-lat='53.6866']")))
                    .hasSize(1);
            assertThat(overflowing(citizen)).isEmpty();
            citizen.screenshot("service-page-360");

            citizen.clickAndWaitForNextPage(By.id("service-print"));
            String printed = citizen.driver().findElement(By.tagName("body")).getText();
            assertThat(printed)
                    .contains(
                            serviceName,
                            "Междуреченск, ул. Сосновая, 7",
                            "+7 (38475) 2-33-44",
                            "Приходите в столовую с паспортом.",
                            "14:00–18:00");
            assertThat(citizen.driver().findElements(By.cssSelector(".site-header, .site-nav, .directory-map")))
                    .isEmpty();

            citizen.open("/service?id=" + service);
            citizen.clickAndWaitForNextPage(By.id("service-report"));
            assertThat(citizen.driver()
                            .findElement(By.id("report-organization"))
                            .getText())
                    .contains(serviceName);
        }

        try (Browser desk = Browser.desktop("ru");
                Browser citizen = Browser.phone("ru")) {
            new AccountPages(desk).logIn(ADMIN, ADMIN_PASSWORD);
            desk.open("/service?id=" + service);
            type(desk, "withdraw:reason", "Столовая закрыта на ремонт.");
            desk.clickAndWaitForNextPage(By.id("withdraw:unpublish"));

            assertThat(searchResults(citizen, "обед пенсионерам")).doesNotContain("/service?id=" + service);
        }
    }

    /** The addresses the search of these words in the journey's municipality links to. */
    private static List<String> searchResults(Browser citizen, String words) {
        citizen.open(
                "/services?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&municipality=" + MUNICIPALITY);
        return citizen.driver().findElements(By.cssSelector("#services li a[href*='/service?id=']")).stream()
                .map(link -> URI.create(link.getAttribute("href")))
                .map(address -> address.getPath() + "?" + address.getQuery())
                .toList();
    }

    private static void approve(Browser moderator, String title) {
        moderator.open("/moderation/");
        WebElement text = moderator.driver().findElement(By.id("text"));
        text.clear();
        text.sendKeys(title);
        moderator.clickAndWaitForNextPage(By.id("filter-submit"));
        moderator.clickAndWaitForNextPage(By.linkText(title));
        moderator.clickAndWaitForNextPage(By.cssSelector("input[data-decision='APPROVED']"));
    }

    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static void tick(Browser browser, String name, String value) {
        browser.driver()
                .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .click();
    }

    private static String errorOf(Browser browser, String inputId) {
        return browser.driver()
                .findElement(
                        By.xpath("//*[@id='" + inputId + "']/following-sibling::*[contains(@class,'field__error')]"))
                .getText();
    }

    /** The elements reaching past the right edge of the screen (none on a page that fits 360 px). */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing(Browser browser) {
        return (List<String>) browser.script("var out = [];"
                + "if (document.documentElement.scrollWidth <= window.innerWidth + 1) { return out; }"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > window.innerWidth + 1 && r.width > 0) {"
                + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                + "return out.slice(0, 10);");
    }

    private static long idFromAddress(Browser browser) {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }
}
