package ru.nko42.portal.account.boundary;

import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * What an administrator looks for among the accounts: text in the e-mail address or name, a role, a status (each
 * optional), and which page of how many rows.
 */
public record AccountQuery(String text, AccountRole role, AccountStatus status, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public AccountQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(page, 1);
        pageSize = Math.min(Math.max(pageSize, 1), MAX_PAGE_SIZE);
    }

    int firstResult() {
        return (page - 1) * pageSize;
    }
}
