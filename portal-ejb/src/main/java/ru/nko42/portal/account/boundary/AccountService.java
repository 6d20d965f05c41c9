package ru.nko42.portal.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import ru.nko42.portal.account.control.EmailAddress;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.account.control.LoginThrottle;
import ru.nko42.portal.account.control.PasswordCheck;
import ru.nko42.portal.account.control.PasswordHasher;
import ru.nko42.portal.account.control.PasswordPolicy;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.account.AccountToken;
import ru.nko42.portal.model.account.TokenPurpose;

/**
 * Accounts for anonymous visitors: sign up, confirm the address, log in, reset a forgotten password. Answers never
 * tell whether an address has an account: that is said only by mail, to the address itself.
 */
@Stateless
@PermitAll
public class AccountService {

    private static final PasswordHasher HASHER = new PasswordHasher();
    private static final PasswordPolicy POLICY = new PasswordPolicy();
    private static final LoginThrottle THROTTLE = new LoginThrottle();
    /** Verified against for unknown addresses, so a login takes as long whether the address exists or not. */
    private static final String DUMMY_HASH = HASHER.hash("no such account, no such password".toCharArray());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<AccountMailRequested> mail;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Signs a new member up and mails a confirmation link. For an address that has an account already, that
     * account's holder is told by mail instead; the caller sees no difference.
     */
    public void signUp(SignUp request) {
        try {
            String email = validEmail(request.email());
            String name = validName(request.displayName());
            PasswordCheck check = POLICY.check(new String(request.password()), email, name, null);
            if (!check.acceptable()) {
                throw new WeakPasswordException(check);
            }
            Optional<Account> existing = findByEmail(email);
            if (existing.isPresent()) {
                Account account = existing.get();
                mail.fire(new AccountMailRequested(
                        AccountMailRequested.Kind.ALREADY_REGISTERED,
                        email,
                        account.getDisplayName(),
                        account.getLanguage(),
                        null));
                return;
            }
            Account account = new Account(email, HASHER.hash(request.password()), name, language(request.language()));
            account.grant(AccountRole.MEMBER);
            em.persist(account);
            mailLink(account, TokenPurpose.CONFIRM_EMAIL, AccountMailRequested.Kind.CONFIRM_EMAIL);
            em.flush();
            audit.record(
                    "account.signup",
                    AuditItem.ACCOUNT,
                    account.getId(),
                    null,
                    Changes.of(
                            "email", email, "name", name, "status", account.getStatus(), "roles", account.getRoles()));
        } finally {
            Arrays.fill(request.password(), '\0');
        }
    }

    /** Confirms the address of the link's account and activates it. */
    public void confirmEmail(String token) {
        Account account = use(validToken(token, TokenPurpose.CONFIRM_EMAIL));
        AccountStatus was = account.getStatus();
        if (account.getStatus() == AccountStatus.PENDING) {
            account.setStatus(AccountStatus.ACTIVE);
        }
        audit.record(
                "account.email.confirm",
                AuditItem.ACCOUNT,
                account.getId(),
                Changes.of("status", was),
                Changes.of("status", account.getStatus()));
    }

    /** Mails a password reset link if the address belongs to an active account; says nothing either way. */
    public void requestPasswordReset(String email) {
        findByEmail(EmailAddress.normalize(email))
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .ifPresent(account ->
                        mailLink(account, TokenPurpose.RESET_PASSWORD, AccountMailRequested.Kind.RESET_PASSWORD));
    }

    /** Sets a new password through a reset link; the link and any other reset link of the account die with it. */
    public void resetPassword(String token, char[] newPassword) {
        try {
            AccountToken link = validToken(token, TokenPurpose.RESET_PASSWORD);
            Account account = link.getAccount();
            PasswordCheck check =
                    POLICY.check(new String(newPassword), account.getEmail(), account.getDisplayName(), null);
            if (!check.acceptable()) {
                throw new WeakPasswordException(check);
            }
            use(link);
            account.changePasswordHash(HASHER.hash(newPassword));
            em.createNamedQuery(AccountToken.RETIRE_OTHERS)
                    .setParameter("now", now())
                    .setParameter("account", account)
                    .setParameter("purpose", TokenPurpose.RESET_PASSWORD)
                    .executeUpdate();
            audit.record("account.password.reset", AuditItem.ACCOUNT, account.getId(), null, null);
        } finally {
            Arrays.fill(newPassword, '\0');
        }
    }

    /**
     * The account of an address and password, if it may log in now. Records the login. After repeated failures
     * the address is refused for a while, even with the right password.
     */
    public Optional<AuthenticatedAccount> authenticate(String email, char[] password) {
        String address = EmailAddress.normalize(email);
        if (THROTTLE.blocked(address)) {
            return Optional.empty();
        }
        Optional<Account> found = findByEmail(address);
        String stored = found.map(Account::getPasswordHash).orElse(DUMMY_HASH);
        boolean matches = password != null && password.length > 0 && HASHER.verify(password, stored);
        if (found.isEmpty() || !matches || found.get().getStatus() != AccountStatus.ACTIVE) {
            THROTTLE.failed(address);
            return Optional.empty();
        }
        THROTTLE.succeeded(address);
        Account account = found.get();
        if (HASHER.needsRehash(stored)) {
            account.changePasswordHash(HASHER.hash(password));
        }
        em.createNamedQuery(Account.RECORD_LOGIN)
                .setParameter("at", now())
                .setParameter("id", account.getId())
                .executeUpdate();
        return Optional.of(new AuthenticatedAccount(
                account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles()));
    }

    private void mailLink(Account account, TokenPurpose purpose, AccountMailRequested.Kind kind) {
        String token = LinkToken.newToken();
        em.persist(new AccountToken(account, purpose, LinkToken.hash(token), now()));
        mail.fire(new AccountMailRequested(
                kind, account.getEmail(), account.getDisplayName(), account.getLanguage(), token));
    }

    private AccountToken validToken(String token, TokenPurpose purpose) {
        if (!LinkToken.looksValid(token)) {
            throw new InvalidLinkException();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", LinkToken.hash(token))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst()
                .filter(link -> link.getUsedAt() == null && link.getExpiresAt().isAfter(now()))
                .orElseThrow(InvalidLinkException::new);
    }

    /** Uses a link once: the single conditional UPDATE lets only one of two simultaneous clicks through. */
    private Account use(AccountToken link) {
        int used = em.createNamedQuery(AccountToken.USE)
                .setParameter("now", now())
                .setParameter("id", link.getId())
                .executeUpdate();
        if (used != 1) {
            throw new InvalidLinkException();
        }
        return link.getAccount();
    }

    private Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    private static String validEmail(String entered) {
        String email = EmailAddress.normalize(entered);
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmailException();
        }
        return email;
    }

    private static String validName(String entered) {
        String name = entered == null ? "" : entered.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("account.name.required");
        }
        if (name.codePointCount(0, name.length()) > Account.NAME_LENGTH) {
            throw new InvalidInputException("account.name.tooLong");
        }
        return name;
    }

    private static String language(String requested) {
        return "en".equals(requested) ? "en" : "ru";
    }

    private Instant now() {
        return clock.instant();
    }
}
