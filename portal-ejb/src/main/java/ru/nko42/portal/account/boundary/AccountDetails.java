package ru.nko42.portal.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;

/**
 * One account as an administrator edits it: its roles, status, moderation assignment, and the version an edit must
 * start from.
 */
public record AccountDetails(
        long id,
        String email,
        String displayName,
        AccountStatus status,
        Set<AccountRole> roles,
        Instant createdAt,
        Instant lastLoginAt,
        boolean regional,
        boolean digest,
        Set<Long> municipalityIds,
        long version)
        implements Serializable {

    static AccountDetails of(Account account, Set<Long> municipalityIds) {
        return new AccountDetails(
                account.getId(),
                account.getEmail(),
                account.getDisplayName(),
                account.getStatus(),
                account.getRoles(),
                account.getCreatedAt(),
                account.getLastLoginAt(),
                account.isRegional(),
                account.isDigest(),
                Set.copyOf(municipalityIds),
                account.getVersion());
    }
}
