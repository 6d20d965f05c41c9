package ru.nko42.portal.it.moderation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import ru.nko42.portal.account.control.PasswordHasher;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.account.AccountStatus;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.mail.OutboxMessage;
import ru.nko42.portal.model.moderation.ModerationItem;

/**
 * Makes what the moderation tests need past the services under test: accounts to act as, queue items submitted
 * at a chosen time, decisions moved back to a chosen time; reads the outbox. Each call is a transaction of its own.
 */
@Stateless
@PermitAll
public class ModerationFixture {

    private static final AtomicLong SUBJECTS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A new active account with a unique address, in Russian, without a password. */
    public AsAccount account(String name, AccountRole... roles) {
        String email = "moderation-" + UUID.randomUUID() + "@example.org";
        persist(email, "not-a-password-hash", name, "ru", roles);
        return AsAccount.of(email, roles);
    }

    public AsAccount administrator(String name) {
        return account(name, AccountRole.ADMIN);
    }

    /** A moderator of these municipalities (by code), reading mail in {@code language}, wanting the digest. */
    public AsAccount moderatorOf(String name, String language, String... municipalityCodes) {
        String email = "moderator-" + UUID.randomUUID() + "@example.org";
        Account account = persist(email, "not-a-password-hash", name, language, AccountRole.MODERATOR);
        account.assignMunicipalities(
                Arrays.stream(municipalityCodes).map(this::municipality).toList());
        return AsAccount.of(email, AccountRole.MODERATOR);
    }

    /** A moderator who can log in with {@code password}: for the browser tests. */
    public void moderatorWithPassword(String email, String password, String municipalityCode) {
        Account account = persist(
                email,
                new PasswordHasher().hash(password.toCharArray()),
                "Модератор статистики",
                "ru",
                AccountRole.MODERATOR);
        account.assignMunicipalities(List.of(municipality(municipalityCode)));
    }

    public void setDigest(String email, boolean digest) {
        account(email).setDigest(digest);
    }

    /**
     * Puts an item of {@code kind} in the queue as submitted at {@code submittedAt}, in a municipality by code or,
     * with {@code null}, region-wide.
     */
    public long enqueue(String kind, String municipalityCode, String title, Instant submittedAt) {
        ModerationItem item = new ModerationItem(
                kind,
                SUBJECTS.incrementAndGet(),
                null,
                municipalityCode == null ? null : municipality(municipalityCode),
                title,
                submittedAt);
        em.persist(item);
        em.flush();
        return item.getId();
    }

    /** Moves a decision back in time, as if it had been taken at {@code decidedAt}. */
    public void decidedAt(long itemId, Instant decidedAt) {
        em.createQuery("UPDATE ModerationItem i SET i.decidedAt = :at WHERE i.id = :id")
                .setParameter("at", decidedAt)
                .setParameter("id", itemId)
                .executeUpdate();
    }

    /** Withdraws the item, as its author would. */
    public void withdraw(long itemId) {
        em.createQuery("UPDATE ModerationItem i SET i.state = ru.nko42.portal.model.moderation.ItemState.WITHDRAWN,"
                        + " i.decidedAt = :now WHERE i.id = :id")
                .setParameter("now", Instant.now())
                .setParameter("id", itemId)
                .executeUpdate();
    }

    /** Removes every item of {@code kind}: the tests' items stand for nothing and must not outlive them. */
    public void deleteAll(String kind) {
        em.createQuery("DELETE FROM ModerationItem i WHERE i.kind = :kind")
                .setParameter("kind", kind)
                .executeUpdate();
    }

    public void delete(long itemId) {
        em.createQuery("DELETE FROM ModerationItem i WHERE i.id = :id")
                .setParameter("id", itemId)
                .executeUpdate();
    }

    /** The mails written to the outbox for {@code email}, oldest first, as "subject\ntext". */
    public List<String> mailsTo(String email) {
        return em.createQuery(
                        "SELECT m FROM OutboxMessage m WHERE m.recipient = :to ORDER BY m.id", OutboxMessage.class)
                .setParameter("to", email)
                .getResultStream()
                .map(m -> m.getSubject() + "\n" + m.getText())
                .toList();
    }

    public Instant lastDigestAt(String email) {
        return account(email).getLastDigestAt();
    }

    private Account persist(String email, String hash, String name, String language, AccountRole... roles) {
        Account account = new Account(email, hash, name, language);
        account.setStatus(AccountStatus.ACTIVE);
        for (AccountRole role : roles) {
            account.grant(role);
        }
        em.persist(account);
        return account;
    }

    private Account account(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    private Municipality municipality(String code) {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
