package ru.nko42.portal.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import ru.nko42.portal.it.support.Inbox;

/**
 * An administrator finds a visitor's sign-up in the audit log and its confirmation mail in the outbox, in Chromium
 * against the real portal.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AuditAndOutboxBrowserIT {

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aSignUpShowsInTheAuditLogAndItsMailInTheOutbox() throws Exception {
        String email = "audited-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            account.signUp("Проверяемый Пользователь", email, "клён-паровоз-сугроб-2026", "клён-паровоз-сугроб-2026");
            Inbox.awaitFirst(email, Duration.ofSeconds(15));
            account.logIn("first-admin@example.org", "первый-администратор-тест-2026");

            browser.open("/admin/audit");
            WebElement text = browser.driver().findElement(By.id("search:text"));
            text.sendKeys(email);
            browser.clickAndWaitForNextPage(By.id("search:find"));
            String log = browser.driver().findElement(By.id("log:entries")).getText();
            assertThat(log).contains("account.signup").contains(email).doesNotContain("клён-паровоз");
            assertThat(browser.driver().findElement(By.id("audit-csv")).getAttribute("href"))
                    .contains("/admin/audit.csv?");
            browser.screenshot("admin-audit-ru");

            browser.open("/admin/outbox");
            assertThat(browser.driver().findElement(By.id("outbox:mails")).getText())
                    .contains(email)
                    .contains("Подтвердите адрес электронной почты");
            browser.screenshot("admin-outbox-ru");
        }
    }
}
