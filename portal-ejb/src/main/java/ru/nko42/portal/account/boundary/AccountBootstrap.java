package ru.nko42.portal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.nko42.portal.account.control.EmailAddress;
import ru.nko42.portal.account.control.PasswordHasher;
import ru.nko42.portal.account.control.PasswordPolicy;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.database.boundary.DatabaseStartup;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Municipality;

/**
 * The accounts a portal starts with. In production: the first ADMIN, from {@code PORTAL_ADMIN_EMAIL} and
 * {@code PORTAL_ADMIN_PASSWORD}, created once when no ADMIN exists. On the embedded default
 * ({@code portal.demo=true}): one demo account per role, with the passwords the README lists.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class AccountBootstrap {

    /** The demo administrator and member, who also approve and represent the demo organizations. */
    public static final String DEMO_ADMIN_EMAIL = "admin@nko42.example";

    public static final String DEMO_MEMBER_EMAIL = "member@nko42.example";

    /** The demo accounts of the embedded default: e-mail, role and password (also in the README). */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount(
                    DEMO_ADMIN_EMAIL, "Администратор (демо)", AccountRole.ADMIN, "admin-ёлка-самовар-2026", List.of()),
            new DemoAccount(
                    "moderator@nko42.example",
                    "Модератор (демо)",
                    AccountRole.MODERATOR,
                    "moderator-ёлка-самовар-2026",
                    List.of("kemerovsky-go")),
            new DemoAccount(
                    "editor@nko42.example",
                    "Редактор (демо)",
                    AccountRole.EDITOR,
                    "editor-ёлка-самовар-2026",
                    List.of()),
            new DemoAccount(
                    DEMO_MEMBER_EMAIL,
                    "Представитель НКО (демо)",
                    AccountRole.MEMBER,
                    "member-ёлка-самовар-2026",
                    List.of()));

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @EJB
    DatabaseStartup database;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @PostConstruct
    void createStartingAccounts() {
        if (!database.isMigrated()) {
            LOG.warning(
                    "Starting accounts not checked: the database is not ready. They are checked at the next start.");
            return;
        }
        if (Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            DEMO_ACCOUNTS.forEach(demo -> createIfMissing(demo.email(), demo.name(), demo.role(), demo.password())
                    .ifPresent(account -> account.assignMunicipalities(municipalities(demo.municipalities()))));
        }
        createFirstAdministrator(
                Setting.of("portal.admin.email").orElse(null),
                Setting.of("portal.admin.password").orElse(null));
    }

    private void createFirstAdministrator(String email, String password) {
        if (email == null || password == null || anAdministratorExists()) {
            return;
        }
        String address = EmailAddress.normalize(email);
        var check = new PasswordPolicy().check(password, address, null, null);
        if (!EmailAddress.isValid(address) || !check.acceptable()) {
            LOG.severe("PORTAL_ADMIN_EMAIL or PORTAL_ADMIN_PASSWORD refused (" + check.problems()
                    + "): no administrator created.");
            return;
        }
        createIfMissing(address, "Администратор", AccountRole.ADMIN, password);
        LOG.info(() -> "First administrator created: " + address);
    }

    private boolean anAdministratorExists() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE :role MEMBER OF a.roles", Long.class)
                        .setParameter("role", AccountRole.ADMIN)
                        .getSingleResult()
                > 0;
    }

    /** The account created, or nothing if one with that address exists. */
    private Optional<Account> createIfMissing(String email, String name, AccountRole role, String password) {
        boolean exists = !em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultList()
                .isEmpty();
        if (exists) {
            return Optional.empty();
        }
        Account account = new Account(email, new PasswordHasher().hash(password.toCharArray()), name, "ru");
        account.setStatus(AccountStatus.ACTIVE);
        account.grant(role);
        em.persist(account);
        return Optional.of(account);
    }

    private List<Municipality> municipalities(List<String> codes) {
        return codes.stream()
                .map(code -> em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                        .setParameter("code", code)
                        .getSingleResult())
                .toList();
    }

    /** A demo account; a moderator's municipalities by code. */
    record DemoAccount(String email, String name, AccountRole role, String password, List<String> municipalities) {}
}
