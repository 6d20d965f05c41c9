package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.directory.PublicDirectory.Created;
import ru.nko42.portal.it.support.Browser;

/**
 * "Report an error" in headless Chromium on a 360 px phone: an anonymous visitor follows the link on a published
 * profile, is refused an empty report next to the field (keeping what was typed), sends a report and is told so.
 * The robots' field stays out of sight, out of the tab order and out of the accessibility tree.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReportAnErrorBrowserIT {

    @Deployment(testable = false)
    static WebArchive fixture() {
        return PublicDirectory.war();
    }

    private final PublicDirectory directory = PublicDirectory.fixture();

    @Test
    void aVisitorReportsAnErrorInAProfileAndIsToldItWasSent() throws Exception {
        String name = "Фонд Родник " + PublicDirectory.uniqueWord();
        Created organization = directory.create(OrganizationSpec.ngo(name, "promyshlennovsky-mo"));

        try (Browser browser = Browser.phone("ru")) {
            ReportPages report = new ReportPages(browser);
            DirectoryPages pages = new DirectoryPages(browser);
            browser.open(organization.path());
            report.openFromProfile();

            assertThat(report.heading()).isEqualTo("Сообщить об ошибке");
            assertThat(report.organization()).isEqualTo(name);
            assertThat(report.trapOffScreen()).isTrue();
            assertThat(report.trap().getAttribute("tabindex")).isEqualTo("-1");
            assertThat(report.trap().getAttribute("autocomplete")).isEqualTo("off");
            assertThat(report.trapBlockAttribute("aria-hidden")).isEqualTo("true");
            assertThat(pages.pageWidth()).isLessThanOrEqualTo(360);
            report.scrollToText();
            browser.screenshot("report-form-ru");

            report.type("contact", "anna@example.org");
            report.send();

            assertThat(report.fieldError("text")).isEqualTo("Напишите, что не так.");
            assertThat(report.markedInvalid("text")).isTrue();
            assertThat(report.value("contact")).isEqualTo("anna@example.org");
            assertThat(report.confirmation()).isEmpty();

            report.type("text", "   ");
            report.send();

            assertThat(report.fieldError("text")).isEqualTo("Напишите, что не так.");
            assertThat(report.pageMessages()).contains("Сообщение не отправлено");
            assertThat(report.value("contact")).isEqualTo("anna@example.org");
            report.scrollToText();
            browser.screenshot("report-refused-ru");

            report.type("text", "Телефон устарел <b>не работает</b>,\nновый: 8-384-00-00-00");
            report.send();

            assertThat(report.heading()).isEqualTo("Спасибо! Сообщение отправлено.");
            assertThat(report.confirmation()).contains("Модератор проверит его");
            assertThat(report.formShown()).isFalse();
            assertThat(browser.driver().getCurrentUrl()).contains("sent=true");
            assertThat(pages.pageWidth()).isLessThanOrEqualTo(360);
            browser.screenshot("report-sent-ru");

            report.backToProfile();
            assertThat(pages.heading()).isEqualTo(name);
        }
    }

    @Test
    void aDraftOrAnUnknownOrganizationHasNoFormButANotFoundPage() throws Exception {
        Created draft = directory.create(
                OrganizationSpec.ngo("Фонд Черновик " + PublicDirectory.uniqueWord(), "promyshlennovsky-mo")
                        .draft());

        try (Browser browser = Browser.desktop("en")) {
            for (String path : new String[] {
                "/report?organization=" + draft.id(), "/report?organization=999999999999", "/report?organization=x"
            }) {
                browser.open(path);
                ReportPages report = new ReportPages(browser);
                assertThat(report.formShown()).as(path).isFalse();
                assertThat(report.notFound()).as(path).isTrue();
            }
        }
    }
}
