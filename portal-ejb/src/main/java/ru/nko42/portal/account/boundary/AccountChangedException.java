package ru.nko42.portal.account.boundary;

import ru.nko42.portal.common.boundary.BusinessException;

/** Someone else changed the account after this edit began; nothing was written: reload and redo. */
public class AccountChangedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountChangedException(long accountId) {
        super("account " + accountId + " changed by someone else");
    }

    @Override
    public String messageKey() {
        return "admin.user.error.changed";
    }
}
