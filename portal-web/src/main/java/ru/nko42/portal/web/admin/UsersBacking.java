package ru.nko42.portal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ru.nko42.portal.account.boundary.AccountAdminService;
import ru.nko42.portal.account.boundary.AccountQuery;
import ru.nko42.portal.account.boundary.AccountsPage;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * The accounts page, {@code /admin/users?q=&role=&status=&page=}: a search over the accounts and one page of what
 * it found. The search is a GET address, so a result can be bookmarked and paged with plain links.
 */
@Named
@RequestScoped
public class UsersBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    AccountAdminService service;

    private String text;
    private String role;
    private String status;
    private String page;
    private AccountsPage result;

    /** Page load: unknown roles, statuses and pages are ignored rather than refused. */
    public void load() {
        result = service.search(new AccountQuery(
                text,
                parse(AccountRole.class, role).orElse(null),
                parse(AccountStatus.class, status).orElse(null),
                pageNumber(),
                PAGE_SIZE));
    }

    /** The search form: back to the first page of the new search, as a GET address. */
    public String search() {
        page = null;
        return "/admin/users?faces-redirect=true&includeViewParams=true";
    }

    private int pageNumber() {
        try {
            return page == null ? 1 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst();
    }

    public List<AccountRole> getRoles() {
        return List.of(AccountRole.values());
    }

    public List<AccountStatus> getStatuses() {
        return List.of(AccountStatus.values());
    }

    /** The page found; also asked for while a search form is posted, before any page load. */
    public AccountsPage getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public boolean isHasPrevious() {
        return getResult().page() > 1;
    }

    public boolean isHasNext() {
        return getResult().page() < getResult().pages();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
