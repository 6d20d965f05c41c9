package ru.nko42.portal.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;

/**
 * An administrator keeps the directory's reference lists in Chromium: adds an activity area, renames it, switches it
 * off; wrong input and a save over someone else's are refused; members and visitors do not get in.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ReferenceListsBrowserIT {

    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https?://\\S+/confirm-email\\?token=[A-Za-z0-9_-]{43}");

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anAdministratorAddsRenamesAndSwitchesOffAnActivityArea() throws Exception {
        String code = uniqueCode("area");
        try (Browser browser = Browser.desktop("ru")) {
            ReferenceListsPage page = new ReferenceListsPage(browser).logInAsAdministrator();
            assertThat(page.accountPageLinksHere()).isTrue();
            page.followAccountPageLink();
            assertThat(page.heading()).isEqualTo("Справочники");
            assertThat(page.currentTab()).isEqualTo("tab-legal-form");
            assertThat(page.codes()).contains("ano", "tos", "other");

            page.openTab("activity-area");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/reference-lists?list=activity-area");
            assertThat(page.codes())
                    .contains("social-support", "local-community")
                    .doesNotContain(code);

            page.add(code, "Городские сады", "Urban gardens");
            assertThat(page.pageMessages()).contains("Запись добавлена.");
            assertThat(page.currentTab()).isEqualTo("tab-activity-area");
            assertThat(page.codes()).endsWith(code);
            assertThat(page.row(code).orElseThrow().getText()).contains("Городские сады", "Urban gardens");
            assertThat(page.state(code)).isEqualTo("Действует");

            page.edit(code);
            assertThat(page.editedCode()).isEqualTo(code);
            assertThat(page.typed("entry:nameRu")).isEqualTo("Городские сады");
            page.rename("Городские сады и огороды", "Urban gardens and allotments");
            assertThat(page.pageMessages()).contains("Изменения сохранены.");
            assertThat(page.row(code).orElseThrow().getText())
                    .contains("Городские сады и огороды", "Urban gardens and allotments");
            assertThat(page.shownInactive(code)).isFalse();

            page.edit(code);
            page.switchOff();
            assertThat(page.pageMessages()).contains("Изменения сохранены.");
            assertThat(page.state(code)).isEqualTo("Отключена");
            assertThat(page.shownInactive(code)).isTrue();
            browser.script("document.getElementById('entries').scrollIntoView();");
            browser.screenshot("admin-reference-lists-ru");

            page.open("activity-area");
            assertThat(page.state(code)).as("kept, not deleted").isEqualTo("Отключена");

            page.open("no-such-list");
            assertThat(page.heading()).isEqualTo("Страница не найдена");
            page.open("activity-area&edit=not-an-id");
            assertThat(page.heading()).isEqualTo("Страница не найдена");
        }
    }

    @Test
    void aBadOrTakenCodeIsExplainedNextToTheFieldAndAddsNothing() throws Exception {
        try (Browser browser = Browser.desktop("en")) {
            ReferenceListsPage page = new ReferenceListsPage(browser).logInAsAdministrator();
            page.open("target-group");
            var before = page.codes();

            page.add("Urban Gardeners", "Садоводы", "Gardeners");
            assertThat(page.fieldError("entry:code"))
                    .isEqualTo("A code may contain only lower-case Latin letters, digits and hyphens, without spaces.");
            assertThat(page.markedInvalid("entry:code")).isTrue();
            assertThat(page.markedInvalid("entry:nameRu")).isFalse();
            assertThat(page.pageMessages()).contains("The entry is not saved: correct the marked fields.");
            assertThat(page.typed("entry:code")).as("what was typed stays").isEqualTo("Urban Gardeners");
            assertThat(page.typed("entry:nameRu")).isEqualTo("Садоводы");
            browser.screenshot("admin-reference-lists-bad-code-en");

            page.add("older-people", "Пожилые люди ещё раз", "Older people again");
            assertThat(page.fieldError("entry:code")).isEqualTo("This list has this code already.");

            page.add(uniqueCode("group"), " ", "Nameless");
            assertThat(page.fieldError("entry:nameRu")).isEqualTo("Enter a name.");
            assertThat(page.fieldError("entry:code")).isEmpty();

            page.open("target-group");
            assertThat(page.codes()).isEqualTo(before);
        }
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedAndWritesNothing() throws Exception {
        String code = uniqueCode("group");
        try (Browser first = Browser.desktop("ru");
                Browser second = Browser.desktop("ru")) {
            ReferenceListsPage mine = new ReferenceListsPage(first).logInAsAdministrator();
            mine.open("target-group");
            mine.add(code, "Пасечники", "Beekeepers");
            ReferenceListsPage theirs = new ReferenceListsPage(second).logInAsAdministrator();
            theirs.open("target-group");

            mine.edit(code);
            theirs.edit(code);
            theirs.rename("Пасечники (их правка)", "Beekeepers (their edit)");
            mine.rename("Пасечники (моя правка)", "Beekeepers (my edit)");

            assertThat(mine.pageMessages()).contains("Эту запись только что изменил кто-то другой");
            assertThat(mine.typed("entry:nameRu")).as("what was typed stays").isEqualTo("Пасечники (моя правка)");
            assertThat(mine.offersReload()).isTrue();
            mine.open("target-group");
            assertThat(mine.row(code).orElseThrow().getText())
                    .contains("Пасечники (их правка)")
                    .doesNotContain("моя правка");

            mine.edit(code);
            mine.switchOff();
            assertThat(mine.state(code)).as("no other test is offered it").isEqualTo("Отключена");
        }
    }

    @Test
    void theRecipientCategoriesAreTheFourthListAndTakeNewEntries() throws Exception {
        String code = uniqueCode("recipient");
        try (Browser browser = Browser.desktop("en")) {
            ReferenceListsPage page = new ReferenceListsPage(browser).logInAsAdministrator();
            page.open("legal-form");
            page.openTab("recipient-category");
            assertThat(page.currentTab()).isEqualTo("tab-recipient-category");
            assertThat(page.tabLabel("recipient-category")).isEqualTo("Recipient categories");
            assertThat(page.codes()).startsWith("older-people", "disabilities", "families-with-children");

            page.add(code, "Бывшие заключённые", "Former prisoners");
            assertThat(page.pageMessages()).contains("The entry is added.");
            assertThat(page.currentTab()).isEqualTo("tab-recipient-category");
            assertThat(page.row(code).orElseThrow().getText()).contains("Бывшие заключённые", "Former prisoners");

            page.edit(code);
            page.switchOff();
            assertThat(page.state(code)).as("no other test is offered it").isEqualTo("Switched off");
        }
    }

    @Test
    void visitorsAreSentToTheLoginAndMembersDoNotGetIn() throws Exception {
        String email = "member-" + System.nanoTime() + "@example.org";
        String password = "берёза-паровоз-метель-2026";
        try (Browser browser = Browser.desktop("ru")) {
            ReferenceListsPage page = new ReferenceListsPage(browser);
            page.open("activity-area");
            assertThat(page.heading()).isEqualTo("Вход");
            assertThat(page.rows()).isEmpty();

            page.signUp("Член Организации", email, password);
            var link = CONFIRM_LINK.matcher(
                    Inbox.awaitFirst(email, Duration.ofSeconds(15)).content().toString());
            assertThat(link.find()).isTrue();
            browser.driver().get(link.group());
            browser.waitForPage();
            page.logIn(email, password);
            assertThat(page.heading()).isEqualTo("Моя учётная запись");
            assertThat(page.accountPageLinksHere()).isFalse();

            page.open("activity-area");
            assertThat(page.heading()).isEqualTo("Страница не найдена");
            assertThat(page.rows()).isEmpty();
        }
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.phone("ru")) {
            ReferenceListsPage page = new ReferenceListsPage(browser).logInAsAdministrator();
            page.open("legal-form");
            assertThat(pageWidth(browser)).isLessThanOrEqualTo(360);
            browser.screenshot("admin-reference-lists-phone-ru");
            browser.script("document.getElementById('entries_data').rows[1].scrollIntoView();");
            browser.screenshot("admin-reference-lists-table-phone-ru");

            page.edit("public-organization");
            assertThat(pageWidth(browser)).isLessThanOrEqualTo(360);
            browser.screenshot("admin-reference-lists-edit-phone-ru");
        }
    }

    private static int pageWidth(Browser browser) {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }

    /** A code no other test run has used: the database outlives a run. */
    private static String uniqueCode(String prefix) {
        return "it-" + prefix + "-" + System.currentTimeMillis() + "-" + Math.floorMod(System.nanoTime(), 1000);
    }
}
