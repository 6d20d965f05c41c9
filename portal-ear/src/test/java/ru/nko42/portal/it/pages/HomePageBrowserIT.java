package ru.nko42.portal.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;

/** The home page in headless Chromium: both languages, the menu, the municipalities, a phone, a keyboard. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HomePageBrowserIT {

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aRussianVisitorSeesTheMenuAndTheMunicipalities() throws Exception {
        try (Browser browser = Browser.desktop("ru")) {
            HomePage home = new HomePage(browser).open();

            assertThat(home.language()).isEqualTo("ru");
            assertThat(home.heading()).isEqualTo("Ресурсный центр НКО Кузбасса");
            assertThat(home.menu())
                    .containsExactly(
                            "Главная",
                            "Услуги",
                            "Организации",
                            "Муниципалитеты",
                            "Новости",
                            "Мероприятия",
                            "Проекты",
                            "Для НКО",
                            "О центре");
            assertThat(home.currentMenuItem()).isEqualTo("Главная");
            assertThat(home.municipalityCount()).isEqualTo("34");
            assertThat(home.municipalityLinks())
                    .hasSize(34)
                    .extracting(WebElement::getText)
                    .contains("Кемеровский городской округ", "Таштагольский муниципальный район");
            browser.screenshot("home-ru");

            browser.clickAndWaitForNextPage(By.linkText("Мариинский муниципальный округ"));
            assertThat(home.heading()).isEqualTo("Мариинский муниципальный округ");
            assertThat(home.currentMenuItem()).isEqualTo("Муниципалитеты");
        }
    }

    @Test
    void switchingToEnglishIsRememberedOnTheNextPages() throws Exception {
        try (Browser browser = Browser.desktop("ru")) {
            HomePage home = new HomePage(browser).open();

            home.switchLanguage("English");

            assertThat(home.language()).isEqualTo("en");
            assertThat(home.heading()).isEqualTo("Kuzbass NGO Resource Centre");
            assertThat(home.menu())
                    .containsExactly(
                            "Home",
                            "Services",
                            "Organizations",
                            "Municipalities",
                            "News",
                            "Events",
                            "Projects",
                            "For NGOs",
                            "About");
            assertThat(home.municipalityLinks()).extracting(WebElement::getText).contains("Kemerovo urban okrug");
            browser.screenshot("home-en");

            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/municipalities");
            assertThat(home.language()).isEqualTo("en");
            assertThat(home.heading()).isEqualTo("Municipalities of Kuzbass");

            home.switchLanguage("Русский");
            assertThat(home.heading()).isEqualTo("Муниципалитеты Кузбасса");
        }
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.phone("ru")) {
            for (String path :
                    new String[] {"/", "/municipalities", "/municipality?code=kemerovsky-go", "/no-such-page"}) {
                browser.open(path);
                Number pageWidth = (Number) browser.script("return document.documentElement.scrollWidth;");
                assertThat(pageWidth.intValue()).as(path).isLessThanOrEqualTo(360);
            }
            browser.open("/");
            browser.screenshot("home-ru-phone");
        }
    }

    @Test
    void theKeyboardReachesTheContentFirst() throws Exception {
        try (Browser browser = Browser.desktop("ru")) {
            new HomePage(browser).open();

            WebElement body = browser.driver().findElement(By.tagName("body"));
            body.sendKeys(Keys.TAB);
            WebElement skipLink = browser.driver().switchTo().activeElement();
            assertThat(skipLink.getText()).isEqualTo("Перейти к основному содержанию");
            assertThat(skipLink.isDisplayed()).isTrue();

            skipLink.sendKeys(Keys.ENTER);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .isEqualTo("main");
        }
    }
}
