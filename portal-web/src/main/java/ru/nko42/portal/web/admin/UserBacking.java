package ru.nko42.portal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Faces;
import ru.nko42.portal.account.boundary.AccessChange;
import ru.nko42.portal.account.boundary.AccountAdminService;
import ru.nko42.portal.account.boundary.AccountChangedException;
import ru.nko42.portal.account.boundary.AccountDetails;
import ru.nko42.portal.account.boundary.MunicipalityChoice;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.web.account.Messages;
import ru.nko42.portal.web.config.LanguageSwitcher;

/**
 * One account's page, {@code /admin/user?id=}: its roles, its status (block, unblock) and, for a moderator, the
 * municipalities, "regional" and the daily digest. Every edit carries the version the page was loaded with; an edit
 * over someone else's is refused and offers a reload.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The access form; refusals about roles and municipalities are shown next to those fields. */
    private static final String ROLES_FIELD = "access:roles";

    private static final String MUNICIPALITIES_FIELD = "access:municipalities";

    @Inject
    AccountAdminService service;

    @Inject
    LanguageSwitcher language;

    private String idParameter;
    private AccountDetails account;
    private List<MunicipalityChoice> municipalities;
    private AccountRole[] roles;
    private Long[] municipalityIds;
    private boolean regional;
    private boolean digest;
    private boolean changedElsewhere;

    /** Page load: an id that is not a number or names no account is "not found". */
    public void load() throws IOException {
        Optional<AccountDetails> found = parseId().flatMap(service::account);
        if (found.isEmpty()) {
            Faces.responseSendError(404, "");
            return;
        }
        account = found.get();
        roles = account.roles().toArray(AccountRole[]::new);
        municipalityIds = account.municipalityIds().toArray(Long[]::new);
        regional = account.regional();
        digest = account.digest();
        Locale locale = language.getLocale();
        Collator collator = Collator.getInstance(locale);
        municipalities = service.municipalities().stream()
                .sorted(Comparator.comparing(choice -> choice.name(locale), collator))
                .toList();
    }

    public String save() {
        return edit(
                () -> service.changeAccess(new AccessChange(
                        account.id(),
                        account.version(),
                        Set.of(roles == null ? new AccountRole[0] : roles),
                        regional,
                        digest,
                        Set.of(municipalityIds == null ? new Long[0] : municipalityIds))),
                "admin.user.saved");
    }

    public String block() {
        return edit(() -> service.block(account.id(), account.version()), "admin.user.blocked");
    }

    public String unblock() {
        return edit(() -> service.unblock(account.id(), account.version()), "admin.user.unblocked");
    }

    private String edit(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (AccountChangedException e) {
            changedElsewhere = true;
            Messages.error(null, e.messageKey(), null);
            return null;
        } catch (BusinessException e) {
            String field = fieldOf(e.messageKey());
            if (field != null) {
                Messages.error(field, e.messageKey(), null);
            }
            Messages.error(null, field == null ? e.messageKey() : "admin.user.error.summary", null);
            return null;
        }
        Messages.info(doneKey);
        Messages.keepForNextPage();
        return "/admin/user?faces-redirect=true&id=" + account.id();
    }

    private static String fieldOf(String messageKey) {
        return switch (messageKey) {
            case "admin.user.error.lastAdmin" -> ROLES_FIELD;
            case "admin.user.error.municipality" -> MUNICIPALITIES_FIELD;
            default -> null;
        };
    }

    private Optional<Long> parseId() {
        try {
            return Optional.ofNullable(idParameter).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean isBlocked() {
        return account.status() == AccountStatus.BLOCKED;
    }

    public List<AccountRole> getAllRoles() {
        return List.of(AccountRole.values());
    }

    public AccountDetails getAccount() {
        return account;
    }

    public List<MunicipalityChoice> getMunicipalities() {
        return municipalities;
    }

    public AccountRole[] getRoles() {
        return roles;
    }

    public void setRoles(AccountRole[] roles) {
        this.roles = roles;
    }

    public Long[] getMunicipalityIds() {
        return municipalityIds;
    }

    public void setMunicipalityIds(Long[] municipalityIds) {
        this.municipalityIds = municipalityIds;
    }

    public boolean isRegional() {
        return regional;
    }

    public void setRegional(boolean regional) {
        this.regional = regional;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

    /** Set after an edit refused because someone else changed the account first: the page offers a reload. */
    public boolean isChangedElsewhere() {
        return changedElsewhere;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }
}
