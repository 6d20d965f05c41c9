package ru.nko42.portal.account.boundary;

import java.io.Serializable;
import java.util.Set;
import ru.nko42.portal.model.account.AccountRole;

/** Who logged in: what the security layer needs, nothing more. */
public record AuthenticatedAccount(long id, String email, String displayName, Set<AccountRole> roles)
        implements Serializable {}
