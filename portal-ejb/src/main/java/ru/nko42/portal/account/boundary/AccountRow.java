package ru.nko42.portal.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/** One account in the administrators' list. */
public record AccountRow(
        long id, String email, String displayName, Set<AccountRole> roles, AccountStatus status, Instant lastLoginAt)
        implements Serializable {

    static AccountRow of(Account account) {
        return new AccountRow(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getRoles(),
                account.getStatus(),
                account.getLastLoginAt());
    }
}
