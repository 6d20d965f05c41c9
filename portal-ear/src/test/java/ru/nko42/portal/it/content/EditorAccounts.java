package ru.nko42.portal.it.content;

import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.admin.UsersPage;
import ru.nko42.portal.it.support.Browser;

/** Makes a new editor in the browser: signs the account up, has the first administrator give it EDITOR, logs it in. */
final class EditorAccounts {

    static final String PASSWORD = "берёза-самокат-метель-2026";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";

    private EditorAccounts() {}

    static void signUpAndLogIn(Browser browser, AccountPages account, String name, String email) throws Exception {
        account.signUpAndConfirm(name, email, PASSWORD);
        account.logIn(ADMIN, ADMIN_PASSWORD);
        UsersPage users = new UsersPage(browser);
        users.openList();
        users.search(email, "любая", "любая");
        users.openAccount(email);
        users.tickRole("EDITOR");
        users.save();
        account.logOut();
        account.logIn(email, PASSWORD);
    }
}
