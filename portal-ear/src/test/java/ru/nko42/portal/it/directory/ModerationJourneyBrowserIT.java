package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.admin.UsersPage;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;

/**
 * Moderation as its people do it, in Chromium against the real portal: a member submits an organization; the
 * moderator of its municipality rejects it with a reason taken from a template; the member reads the mail, fixes
 * the profile and submits it again; the moderator sees what changed and approves; the profile is public. A moderator
 * of another municipality never sees the item, not even by its address.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ModerationJourneyBrowserIT {

    private static final String PASSWORD = "берёза-самокат-метель-2026";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";
    private static final String MUNICIPALITY = "mezhdurechensky-go";

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aMemberSubmitsAModeratorOfTheMunicipalityRejectsThenApprovesAndOthersNeverSeeIt() throws Exception {
        long run = System.nanoTime();
        String member = "ngo-" + run + "@example.org";
        String moderator = "moderator-" + run + "@example.org";
        String outsider = "outsider-" + run + "@example.org";
        String shortName = "АНО «Тёплый дом " + run + "»";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            ProfilePages profile = new ProfilePages(browser);
            ModerationPages moderation = new ModerationPages(browser);
            account.signUpAndConfirm("Анна Сергеевна Петрова", member, PASSWORD);
            account.signUpAndConfirm("Мария Модерова", moderator, PASSWORD);
            account.signUpAndConfirm("Олег Посторонний", outsider, PASSWORD);
            account.logIn(ADMIN, ADMIN_PASSWORD);
            makeModerator(browser, moderator, "Междуреченский городской округ");
            makeModerator(browser, outsider, "Юргинский городской округ");
            account.logOut();

            account.logIn(member, PASSWORD);
            profile.startRegistration("NGO");
            profile.type("fullName", "Автономная некоммерческая организация " + shortName);
            profile.type("shortName", shortName);
            profile.choose("legalForm", "ano");
            profile.choose("municipality", MUNICIPALITY);
            profile.type("inn", RegistrationNumbers.inn());
            profile.type("ogrn", RegistrationNumbers.ogrn());
            profile.type("kpp", RegistrationNumbers.kpp());
            profile.type("phone", "+7 (38475) 2-11-22");
            profile.type("email", "info@teplydom.example.org");
            profile.type("description", "Помогаем пожилым людям на дому.\nРаботаем с 2015 года.");
            profile.tick("activityAreas", "social-support");
            profile.submit();
            assertThat(profile.revisionState()).isEqualTo("На проверке");
            long id = profile.organizationIdFromAddress();
            browser.open("/organizations/" + id);
            assertThat(account.heading()).as("not public before approval").isNotEqualTo(shortName);
            account.logOut();

            account.logIn(moderator, PASSWORD);
            assertThat(moderation.menuCount()).isNotEqualTo("0");
            moderation.openQueue(shortName);
            assertThat(moderation.titles()).containsExactly(shortName);
            moderation.openItem(shortName);
            long item = moderation.itemIdFromAddress();
            moderation.take();
            assertThat(moderation.claimState()).contains("у вас в работе");
            moderation.decide("REJECTED");
            assertThat(moderation.fieldError("reason")).contains("Укажите причину");
            moderation.useTemplate("Не хватает описания деятельности");
            assertThat(moderation.reason()).contains("описании");
            moderation.typeReason("Укажите почтовый адрес организации.");
            browser.screenshot("moderation-item-ru");
            moderation.decide("REJECTED");
            assertThat(moderation.messages()).contains("Отклонено");
            account.logOut();

            account.logIn(outsider, PASSWORD);
            moderation.openQueue(shortName);
            assertThat(moderation.titles()).isEmpty();
            account.logOut();

            var rejected = Inbox.awaitSubject(
                    member, "Профиль организации «" + shortName + "» нужно исправить", Duration.ofSeconds(15));
            assertThat(rejected.content().toString()).contains("Укажите почтовый адрес организации.");
            account.logIn(member, PASSWORD);
            browser.open("/account/organization?id=" + id);
            assertThat(profile.revisionState()).isEqualTo("Отклонён");
            profile.openEditor(id);
            profile.type("postalAddress", "652870, Междуреченск, пр. Коммунистический, 1");
            profile.submit();
            assertThat(profile.revisionState()).isEqualTo("На проверке");
            account.logOut();

            account.logIn(outsider, PASSWORD);
            moderation.openQueue(shortName);
            assertThat(moderation.titles()).isEmpty();
            moderation.openItemById(item);
            assertThat(moderation.heading()).isNotEqualTo(shortName);
            account.logOut();

            account.logIn(moderator, PASSWORD);
            moderation.openQueue(shortName);
            moderation.openItem(shortName);
            assertThat(moderation.changedFields()).singleElement().asString().contains("Почтовый адрес");
            browser.screenshot("moderation-changes-ru");
            moderation.decide("APPROVED");
            assertThat(moderation.messages()).contains("Одобрено");
            moderation.openQueue(shortName);
            assertThat(moderation.titles()).isEmpty();
            account.logOut();

            browser.open("/organizations?municipality=" + MUNICIPALITY);
            By card = By.cssSelector("a[href*='/organizations/" + id + "-']");
            assertThat(browser.driver().findElements(card)).hasSize(1);
            browser.clickAndWaitForNextPage(card);
            assertThat(account.heading()).isEqualTo(shortName);
            assertThat(browser.driver().getPageSource()).contains("652870, Междуреченск");
            Inbox.awaitSubject(member, "Профиль организации «" + shortName + "» опубликован", Duration.ofSeconds(15));
        }
    }

    private static void makeModerator(Browser browser, String email, String municipality) {
        UsersPage users = new UsersPage(browser);
        users.openList();
        users.search(email, "любая", "любая");
        users.openAccount(email);
        users.tickRole("MODERATOR");
        users.tickMunicipality(municipality);
        users.save();
    }
}
