package ru.nko42.portal.it.content;

import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.admin.UsersPage;
import ru.nko42.portal.it.support.Browser;

/** A new editor made the way people make one: signs up and confirms, then the first admin gives the EDITOR role. */
final class EditorAccounts {

    static final String PASSWORD = "берёза-самокат-метель-2026";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";

    private EditorAccounts() {}

    /** Leaves the browser logged out, with an editor {@code email} whose password is {@link #PASSWORD}. */
    static void create(Browser browser, String name, String email) throws Exception {
        AccountPages account = new AccountPages(browser);
        account.signUpAndConfirm(name, email, PASSWORD);
        account.logIn(ADMIN, ADMIN_PASSWORD);
        UsersPage users = new UsersPage(browser);
        users.openList();
        users.search(email, "любая", "любая");
        users.openAccount(email);
        users.tickRole("EDITOR");
        users.save();
        account.logOut();
    }
}
